package org.vndiplomacy.kg.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.vndiplomacy.kg.annotation.Evidence;
import org.vndiplomacy.kg.annotation.Fact;

/**
 * Sentences of conferences and forums (with who chairs and who attends), of the policy documents they carry out,
 * and of what officials say.
 */
final class EventSentences {

    private final Scene s;

    EventSentences(Scene scene) {
        this.s = scene;
    }

    /** A national conference: its name, the body that holds it, its edition, and the roles that chair it. */
    private record Gathering(Phrase label, String labelEn, String organizer, Integer edition, String... chairs) {
    }

    private static Gathering gathering(int kind, int year) {
        int edition = year - 2002;
        return switch (kind) {
            case 0 -> new Gathering(Phrase.of("Hội nghị Ngoại vụ toàn quốc lần thứ " + edition),
                    ordinal(edition) + " National Conference on External Affairs", "organization/bo-ngoai-giao",
                    edition, "MinisterOfForeignAffairs", "PermanentDeputyMinisterOfForeignAffairs");
            case 1 -> new Gathering(Phrase.concat(Phrase.of("Hội nghị Thủ tướng "),
                    Phrase.name("organization/chinh-phu", "Chính phủ"), Phrase.of(" với các cơ quan đại diện "),
                    Phrase.name("country/vn", "Việt Nam"), Phrase.of(" ở nước ngoài năm " + year)),
                    "Conference of the Prime Minister with Vietnam's overseas missions, " + year,
                    "organization/chinh-phu", null, "PrimeMinister");
            default -> new Gathering(Phrase.of("Hội nghị triển khai công tác ngoại giao kinh tế năm " + year),
                    "Conference on economic diplomacy tasks for " + year, "organization/bo-ngoai-giao", null,
                    "PrimeMinister", "DeputyPrimeMinister", "MinisterOfForeignAffairs");
        };
    }

    /** A national conference in Hanoi chaired by a leader, and who attended; returns the chair. */
    Official conference(LocalDate day) {
        Gathering g = gathering(s.random.nextInt(3), day.getYear());
        Official chair = s.world.holder(s.random, s.date, g.chairs());
        Entity hanoi = s.world.entity("locality/ha-noi");
        String id = s.id("ev");
        s.begin();
        s.say(DateTextLib.opening(s.random, day, s.date)).say(", tại Thủ đô ").name(hanoi).say(", ")
                .official(chair, day).say(" chủ trì ").say(g.label());
        List<Evidence> evidence = new ArrayList<>(List.of(s.end()));
        List<String> participants = new ArrayList<>();
        if (s.chance(70)) {
            attendance(day, chair, participants).ifPresent(evidence::add);
        }
        String note = DateTextLib.yearNote(day, s.date);
        s.text.declare(g.organizer());
        s.text.fact(new Fact.Event(id, evidence, ArticleBuilder.confidence(), note, g.label().text(), g.labelEn(),
                "Conference", day.toString(), null, hanoi.ref(), List.of(chair.ref()), null,
                participants.isEmpty() ? null : participants, g.organizer(), g.edition()));
        return chair;
    }

    /** "Tham dự hội nghị có ..." two or three officials, added to {@code refs}; returns the sentence. */
    private Optional<Evidence> attendance(LocalDate day, Official chair, List<String> refs) {
        List<Official> attending = new ArrayList<>();
        int count = 2 + s.random.nextInt(2);
        for (int attempt = 0; attempt < 20 && attending.size() < count; attempt++) {
            Official o = s.vietnamese();
            if (!o.equals(chair) && !attending.contains(o)) {
                attending.add(o);
            }
        }
        if (attending.isEmpty()) {
            return Optional.empty();
        }
        s.begin();
        s.say("Tham dự hội nghị có ");
        for (Official o : attending) {
            s.say(refs.isEmpty() ? "" : ", ").official(o, day);
            refs.add(o.ref());
        }
        s.say(" cùng lãnh đạo các bộ, ngành, địa phương");
        return Optional.of(s.end());
    }

    /** "Cùng tham dự có ..." two or three officials the article has not named yet; false if none is left. */
    boolean attendants(Supplier<Official> draw, LocalDate day) {
        List<Official> officials = new ArrayList<>();
        for (int attempt = 0; attempt < 12 && officials.size() < 3; attempt++) {
            Official o = draw.get();
            if (!s.text.named(o.ref()) && !officials.contains(o)) {
                officials.add(o);
            }
        }
        if (officials.size() < 2) {
            return false;
        }
        s.begin();
        s.say(s.pick("Cùng tham dự có ", "Tham dự sự kiện còn có ", "Cùng dự có "));
        for (int i = 0; i < officials.size(); i++) {
            s.say(i == 0 ? "" : i == officials.size() - 1 ? " và " : ", ").official(officials.get(i), day);
        }
        s.end();
        return true;
    }

    /** A business forum with a partner, in Hanoi or in the partner's capital, once an article. */
    boolean forum(Entity partner, Official speaker, LocalDate day, Entity place) {
        if (!s.fresh("forum")) {
            return false;
        }
        String id = s.id("ev");
        s.begin();
        s.say(DateTextLib.opening(s.random, day, s.date)).say(", ").official(speaker, day).say(" dự và phát biểu tại ");
        ArticleBuilder.Mark from = s.text.mark();
        s.say("Diễn đàn Doanh nghiệp ").name(s.world.vietnam()).say(" - ").name(partner);
        String label = s.text.evidence(from).quote();
        s.say(" tổ chức tại ");
        new DiplomacySentences(s).where(place);
        String note = DateTextLib.yearNote(day, s.date);
        String labelEn = "Vietnam - " + (partner.labelEn() == null ? partner.label() : partner.labelEn())
                + " Business Forum";
        s.state(ev -> new Fact.Event(id, List.of(ev), ArticleBuilder.confidence(), note, label, labelEn, "Forum",
                day.toString(), null, place.ref(), null, null, List.of(speaker.ref()), null, null));
        s.end();
        return true;
    }

    /** A provincial investment conference chaired by a provincial leader, once an article. */
    boolean investmentConference(Entity province, Official chair, LocalDate day) {
        if (!s.fresh("investment conference")) {
            return false;
        }
        String id = s.id("ev");
        s.begin();
        s.say(DateTextLib.opening(s.random, day, s.date)).say(", ").official(chair, day).say(" chủ trì ");
        ArticleBuilder.Mark from = s.text.mark();
        s.say("Hội nghị xúc tiến đầu tư vào ").say(ProvinceLib.named(province)).say(" năm " + day.getYear());
        String label = s.text.evidence(from).quote();
        s.say(" với sự tham dự của hơn " + (100 + 50 * s.random.nextInt(8)) + " doanh nghiệp trong và ngoài nước");
        String note = DateTextLib.yearNote(day, s.date);
        String labelEn = "Investment promotion conference of " + province.labelEn() + " " + day.getYear();
        s.text.declare(chair.organization());
        s.state(ev -> new Fact.Event(id, List.of(ev), ArticleBuilder.confidence(), note, label, labelEn,
                "Conference", day.toString(), null, province.ref(), List.of(chair.ref()), null, null,
                chair.organization(), null));
        s.end();
        return true;
    }

    /** A policy document issued before the article, as the text cites it. */
    boolean document() {
        PolicyDocumentSpec d = null;
        for (int attempt = 0; attempt < 10 && d == null; attempt++) {
            PolicyDocumentSpec candidate = s.world.documents().pick(s.random);
            boolean fit = candidate.issued().isBefore(s.date) && s.fresh("document " + candidate.kind() + " "
                    + candidate.number() + " " + candidate.issuerRef());
            d = fit ? candidate : null;
        }
        if (d == null) {
            return false;
        }
        PolicyDocumentSpec doc = d;
        String id = s.id("doc");
        s.begin();
        s.say(s.pick("Thực hiện ", "Triển khai ", "Theo ", "Quán triệt "));
        ArticleBuilder.Mark from = s.text.mark();
        s.say(doc.kind() + " số " + doc.number() + " ngày " + DateTextLib.full(doc.issued()) + " của ")
                .say(doc.issuer()).say(" " + doc.subject());
        Evidence cited = s.text.evidence(from);
        String label = doc.kind() + " số " + doc.number() + " " + doc.subject();
        s.say(", " + s.pick("các bộ, ngành và địa phương đã triển khai nhiều giải pháp đồng bộ",
                "công tác đối ngoại đã đạt nhiều kết quả quan trọng",
                "nhiều chương trình, kế hoạch hành động cụ thể đã được ban hành"));
        s.text.declare(doc.issuerRef());
        s.state(ev -> new Fact.PolicyDocument(id, List.of(cited), ArticleBuilder.confidence(),
                null, doc.number(), doc.type(), label, doc.issued().toString(), doc.issuerRef()));
        s.end();
        return true;
    }

    /** An official's words, in quotation marks. */
    boolean quote(Official speaker, Entity partner, LocalDate day) {
        if (!s.fresh("quote " + speaker.ref())) {
            return false;
        }
        s.begin();
        s.official(speaker, day).say(" " + s.pick("khẳng định", "nhấn mạnh", "cho biết") + ": “");
        switch (s.random.nextInt(3)) {
            case 0 -> {
                if (speaker.vietnamese()) {
                    s.name(s.world.vietnam()).say(" luôn coi ").country(partner);
                } else {
                    s.country(partner).say(" luôn coi ").name(s.world.vietnam());
                }
                s.say(" là một trong những đối tác quan trọng hàng đầu");
            }
            case 1 -> s.say("Hai bên cần tiếp tục phát huy hiệu quả các cơ chế hợp tác hiện có, thúc đẩy thương mại,"
                    + " đầu tư và giao lưu nhân dân");
            default -> s.say("Ngoại giao kinh tế phải lấy người dân, địa phương và doanh nghiệp làm trung tâm");
        }
        s.say("”");
        s.end();
        return true;
    }

    static String ordinal(int n) {
        String suffix = n % 100 >= 11 && n % 100 <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return String.format(Locale.ROOT, "%d%s", n, suffix);
    }
}
