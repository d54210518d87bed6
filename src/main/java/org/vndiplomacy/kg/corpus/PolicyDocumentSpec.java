package org.vndiplomacy.kg.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A policy document the articles of a world cite: "Nghị quyết số 21/NQ-CP ngày 20/2/2023 của Chính phủ về ...".
 *
 * @param kind how the text names its type ("Nghị quyết", "Chỉ thị")
 * @param type the DocumentType concept
 * @param issuer the phrase after "của", with the issuing body in it ("Chính phủ", "Thủ tướng Chính phủ")
 * @param issuerRef the ref of the issuing body
 */
record PolicyDocumentSpec(String kind, String type, String number, LocalDate issued, Phrase issuer, String issuerRef,
        String subject) {

    private static final String[] SUBJECTS = {"về công tác ngoại giao kinh tế phục vụ phát triển đất nước đến năm 2030",
        "về hội nhập quốc tế", "về đẩy mạnh và nâng tầm đối ngoại đa phương đến năm 2030",
        "về định hướng hoàn thiện thể chế, chính sách, nâng cao chất lượng, hiệu quả hợp tác đầu tư nước ngoài",
        "về chiến lược phát triển bền vững kinh tế biển", "về chuyển đổi số quốc gia",
        "về phát triển ngành công nghiệp bán dẫn", "về thúc đẩy xuất khẩu bền vững",
        "về tăng cường công tác thông tin đối ngoại", "về xây dựng và phát triển văn hóa đối ngoại",
        "về nhiệm vụ, giải pháp chủ yếu thực hiện kế hoạch phát triển kinh tế - xã hội",
        "về hợp tác quốc tế trong lĩnh vực khoa học và công nghệ", "về phát triển du lịch thành ngành kinh tế mũi nhọn",
        "về công tác bảo hộ công dân", "về ứng phó với biến đổi khí hậu", "về phát triển năng lượng tái tạo",
        "ban hành Chương trình hành động thực hiện chiến lược ngoại giao kinh tế"};

    /** How documents of each kind are numbered and issued: kind, type, number suffix, issuer's phrase, issuer. */
    private static final String[][] KINDS = {
        {"Nghị quyết", "Resolution", "/NQ-CP", "Chính phủ", "organization/chinh-phu"},
        {"Nghị quyết", "Resolution", "-NQ/TW", "Bộ Chính trị", "organization/bo-chinh-tri"},
        {"Chỉ thị", "Directive", "-CT/TW", "Ban Bí thư", "organization/ban-bi-thu"},
        {"Chỉ thị", "Directive", "/CT-TTg", "Thủ tướng Chính phủ", "organization/chinh-phu"},
        {"Quyết định", "Decision", "/QĐ-TTg", "Thủ tướng Chính phủ", "organization/chinh-phu"},
        {"Nghị định", "Decree", "/NĐ-CP", "Chính phủ", "organization/chinh-phu"},
        {"Chương trình hành động", "Program", "-CTr/TU", null, null}};

    /** The documents of a world, in the order of the pool: national ones, and provinces' programs. */
    static List<PolicyDocumentSpec> make(SplittableRandom random, NameIndex names, List<Entity> partyCommittees,
            int count) {
        List<PolicyDocumentSpec> documents = new ArrayList<>();
        Set<String> numbers = new HashSet<>();
        while (documents.size() < count) {
            String[] kind = KINDS[random.nextInt(KINDS.length)];
            LocalDate issued = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(16 * 365));
            int n = 1 + random.nextInt(kind[1].equals("Decision") ? 2400 : 180);
            String number = switch (kind[2]) {
                case "/NĐ-CP" -> n + "/" + issued.getYear() + kind[2];
                default -> n + kind[2];
            };
            Phrase issuer;
            String issuerRef;
            if (kind[3] == null) {
                Entity committee = partyCommittees.get(random.nextInt(partyCommittees.size()));
                issuer = Phrase.name(committee.ref(), committee.label());
                issuerRef = committee.ref();
            } else {
                issuer = names.scan(kind[3]);
                issuerRef = kind[4];
            }
            if (numbers.add(kind[0] + " " + number + " " + issuerRef)) {
                documents.add(new PolicyDocumentSpec(kind[0], kind[1], number, issued, issuer, issuerRef,
                        SUBJECTS[random.nextInt(SUBJECTS.length)]));
            }
        }
        return documents;
    }
}
