package org.vndiplomacy.kg.corpus;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.vndiplomacy.kg.annotation.Fact;

/**
 * Sentences of agreements: the documents signed during a visit, a province's memorandum with a partner, and the
 * free trade agreements in force between Vietnam and some partners.
 */
final class AgreementSentences {

    /** Fields of cooperation and the Vietnamese ministry in charge. */
    private static final String[][] FIELDS = {{"năng lượng", "organization/bo-cong-thuong"},
        {"thương mại", "organization/bo-cong-thuong"}, {"đầu tư", "organization/bo-ke-hoach-va-dau-tu"},
        {"giáo dục và đào tạo", "organization/bo-giao-duc-va-dao-tao"}, {"y tế", "organization/bo-y-te"},
        {"quốc phòng", "organization/bo-quoc-phong"}, {"phòng, chống tội phạm", "organization/bo-cong-an"},
        {"tư pháp", "organization/bo-tu-phap"}, {"nông nghiệp", "organization/bo-nong-nghiep-va-phat-trien-nong-thon"},
        {"giao thông vận tải", "organization/bo-giao-thong-van-tai"},
        {"khoa học và công nghệ", "organization/bo-khoa-hoc-va-cong-nghe"},
        {"văn hóa và du lịch", "organization/bo-van-hoa-the-thao-va-du-lich"},
        {"thông tin và truyền thông", "organization/bo-thong-tin-va-truyen-thong"},
        {"lao động", "organization/bo-lao-dong-thuong-binh-va-xa-hoi"}, {"tài chính", "organization/bo-tai-chinh"},
        {"ngân hàng", "organization/ngan-hang-nha-nuoc-viet-nam"},
        {"tài nguyên và môi trường", "organization/bo-tai-nguyen-va-moi-truong"},
        {"lãnh sự", "organization/bo-ngoai-giao"}};
    private static final String[][] TYPES = {{"MemorandumOfUnderstanding", "Bản ghi nhớ về hợp tác trong lĩnh vực "},
        {"CooperationAgreement", "Thỏa thuận hợp tác về "}, {"CooperationDocument", "Kế hoạch hành động hợp tác về "}};

    /** Free trade agreements: the partner, the name after "Việt Nam - ", the abbreviation, the day signed. */
    private static final String[][] FTAS = {{"organization/eu", "Hiệp định Thương mại tự do", "EVFTA", "2019-06-30"},
        {"country/gb", "Hiệp định Thương mại tự do", "UKVFTA", "2020-12-29"},
        {"country/kr", "Hiệp định Thương mại tự do", "VKFTA", "2015-05-05"},
        {"country/il", "Hiệp định Thương mại tự do", "VIFTA", "2023-07-25"},
        {"country/cl", "Hiệp định Thương mại tự do", "VCFTA", "2011-11-11"},
        {"country/jp", "Hiệp định Đối tác kinh tế", "VJEPA", "2008-12-25"},
        {"country/ae", "Hiệp định Đối tác kinh tế toàn diện", "CEPA", "2024-10-28"}};

    private final Scene s;

    AgreementSentences(Scene scene) {
        this.s = scene;
    }

    /** "Sau hội đàm, hai nhà lãnh đạo chứng kiến lễ ký kết 7 văn kiện hợp tác ..." and one or two of them. */
    void signing(Entity partner, LocalDate day) {
        int count = 3 + s.random.nextInt(10);
        s.begin();
        s.say("Sau hội đàm, hai nhà lãnh đạo đã chứng kiến lễ trao " + count
                + " văn kiện hợp tác giữa các bộ, ngành, địa phương và doanh nghiệp hai nước");
        s.end();
        for (int i = 1 + s.random.nextInt(2); i > 0; i--) {
            String[] field = FIELDS[s.random.nextInt(FIELDS.length)];
            Entity ministry = s.world.entity(field[1]);
            s.begin();
            s.say(i == 1 ? "Trong đó có " : "Đáng chú ý là ");
            agreement(TYPES[s.random.nextInt(TYPES.length)], field[0], ministry.ref(), partner, day,
                    () -> s.name(ministry).say(" và phía ").country(partner));
            s.end();
        }
    }

    /** A province's memorandum with a partner's side, signed on a day. */
    boolean provincial(Entity body, Entity partner, LocalDate day) {
        if (!s.fresh("memorandum")) {
            return false;
        }
        String[] field = FIELDS[s.random.nextInt(3)];
        s.begin();
        s.say("Dịp này, ").name(body).say(" và các đối tác ").country(partner).say(" đã ký ");
        String[] type = TYPES[0];
        String label = type[1] + field[0];
        String id = s.id("agreement");
        s.say(label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1));
        s.state(ev -> new Fact.Agreement(id, List.of(ev), ArticleBuilder.confidence(), null, label, type[0],
                List.of(body.ref(), partner.ref()), day.toString()));
        s.end();
        return true;
    }

    /** The free trade agreement with the partner, if there is one signed before the article. */
    boolean freeTrade(Entity partner) {
        if (!s.fresh("free trade")) {
            return false;
        }
        for (String[] fta : FTAS) {
            LocalDate signed = LocalDate.parse(fta[3]);
            if (fta[0].equals(partner.ref()) && signed.isBefore(s.date)) {
                write(fta, s.world.entity(fta[0]), signed);
                return true;
            }
        }
        return false;
    }

    private void write(String[] fta, Entity partner, LocalDate signed) {
        s.begin();
        String id = s.id("agreement");
        ArticleBuilder.Mark from = s.text.mark();
        s.say(fta[1] + " ").name(s.world.vietnam()).say(" - ").name(partner).say(" (" + fta[2] + ")");
        String label = s.text.evidence(from).quote();
        s.say(", được ký ngày " + DateTextLib.full(signed) + ", tiếp tục tạo động lực cho thương mại và đầu tư "
                + "song phương");
        s.state(ev -> new Fact.Agreement(id, List.of(ev), ArticleBuilder.confidence(), null, label,
                "FreeTradeAgreement", List.of("country/vn", partner.ref()), signed.toString()));
        s.end();
    }

    private void agreement(String[] type, String field, String party, Entity partner, LocalDate day,
            Runnable between) {
        String label = type[1] + field;
        String id = s.id("agreement");
        s.say(label + " giữa ");
        between.run();
        String note = "signed on the day of the talks";
        s.state(ev -> new Fact.Agreement(id, List.of(ev), ArticleBuilder.confidence(), note, label, type[0],
                List.of(party, partner.ref()), day.toString()));
    }
}
