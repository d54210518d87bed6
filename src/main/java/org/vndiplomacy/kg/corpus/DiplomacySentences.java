package org.vndiplomacy.kg.corpus;

import java.time.LocalDate;
import java.util.List;
import org.vndiplomacy.kg.annotation.Fact;

/**
 * Sentences of bilateral diplomacy: visits, talks and meetings (with the officials' posts), and the framework of the
 * relations ("Hai bên nhất trí làm sâu sắc quan hệ Đối tác chiến lược toàn diện ...").
 */
final class DiplomacySentences {

    private static final String[][] VISIT_KINDS = {{"StateVisit", "thăm cấp Nhà nước"},
        {"OfficialVisit", "thăm chính thức"}, {"WorkingVisit", "thăm làm việc tại"}, {"Visit", "thăm"}};

    private final Scene s;

    DiplomacySentences(Scene scene) {
        this.s = scene;
    }

    /** A Vietnamese leader's visit abroad, at the invitation of the host; returns the Visit's id. */
    String visitAbroad(Official visitor, Official inviter, Entity partner, LocalDate from, LocalDate to) {
        String[] kind = kind(visitor);
        String id = s.id("visit");
        s.begin();
        s.say("Nhận lời mời của ").official(inviter, from).say(", ").official(visitor, from)
                .say(" cùng Đoàn đại biểu cấp cao ").name(s.world.vietnam()).say(" " + kind[1] + " ").country(partner)
                .say(" " + DateTextLib.range(from, to));
        String delegation = "Đoàn đại biểu cấp cao " + s.world.vietnam().label();
        s.state(ev -> new Fact.Visit(id, List.of(ev), ArticleBuilder.confidence(), null, visitor.ref(),
                partner.ref(), from.toString(), to.toString(), kind[0], List.of(inviter.ref()), null, delegation));
        s.end();
        return id;
    }

    /** A foreign leader's visit to Vietnam, at the invitation of a Vietnamese leader; returns the Visit's id. */
    String visitToVietnam(Official visitor, Official inviter, LocalDate from, LocalDate to) {
        String[] kind = kind(visitor);
        String id = s.id("visit");
        s.begin();
        s.say("Theo lời mời của ").official(inviter, from).say(", ").official(visitor, from)
                .say(" " + kind[1] + " ").name(s.world.vietnam()).say(" " + DateTextLib.range(from, to));
        s.state(ev -> new Fact.Visit(id, List.of(ev), ArticleBuilder.confidence(), null, visitor.ref(),
                "country/vn", from.toString(), to.toString(), kind[0], List.of(inviter.ref()), null, null));
        s.end();
        return id;
    }

    /** A national leader's working visit to a province, at most two an article. */
    boolean visitProvince(Official visitor, Entity province, LocalDate day) {
        if (!s.fresh("visit " + visitor.ref()) || !s.fresh("visits to the province", 2)) {
            return false;
        }
        String id = s.id("visit");
        s.begin();
        s.say(DateTextLib.opening(s.random, day, s.date)).say(", ").official(visitor, day)
                .say(" đã có chuyến thăm và làm việc tại ").say(ProvinceLib.named(province));
        String note = DateTextLib.yearNote(day, s.date);
        s.state(ev -> new Fact.Visit(id, List.of(ev), ArticleBuilder.confidence(), note, visitor.ref(),
                province.ref(), day.toString(), null, "WorkingVisit", null, null, null));
        s.end();
        return true;
    }

    /** Talks between the two sides, where {@code place} is; returns the Event's id. */
    String talks(Official host, Official guest, LocalDate day, Entity place) {
        String id = s.id("ev");
        s.begin();
        s.say(DateTextLib.opening(s.random, day, s.date)).say(", tại ");
        where(place);
        s.say(", ").official(host, day).say(" đã hội đàm với ").official(guest, day);
        String label = "Hội đàm giữa " + host.shortTitle().text() + " " + host.name() + " và "
                + guest.shortTitle().text() + " " + guest.name();
        event(id, label, "Talks between the leaders of Vietnam and " + english(guest.country()), "Talks", day,
                place.ref(), List.of(host.ref(), guest.ref()));
        s.end();
        return id;
    }

    /** A courtesy call or reception the same day, once for a pair of officials. */
    boolean meeting(Official guest, Official host, LocalDate day, Entity place) {
        if (!s.fresh("meeting " + guest.ref() + " " + host.ref())) {
            return false;
        }
        String id = s.id("ev");
        boolean reception = s.chance(50);
        s.begin();
        s.say(s.pick("Cùng ngày", "Trong khuôn khổ chuyến thăm", "Nhân dịp này")).say(", ");
        if (reception) {
            s.official(host, day).say(" đã tiếp ").official(guest, day);
        } else {
            s.official(guest, day).say(" đã hội kiến ").official(host, day);
        }
        String label = (reception ? host.shortTitle().text() + " " + host.name() + " tiếp "
                + guest.shortTitle().text() + " " + guest.name() : guest.shortTitle().text() + " " + guest.name()
                + " hội kiến " + host.shortTitle().text() + " " + host.name());
        event(id, label, null, reception ? "Reception" : "Meeting", day, place.ref(),
                List.of(host.ref(), guest.ref()));
        s.end();
        return true;
    }

    /** The framework of the relations, on the occasion of a visit or talks. */
    void framework(Entity partner, String occasion, LocalDate day) {
        PartnershipHistory history = PartnershipHistory.of(s.world.seed(), partner.ref(),
                s.world.measures().rank(partner.ref()));
        s.begin();
        if (history == null) {
            s.say("Hai bên nhất trí tiếp tục củng cố và phát triển quan hệ hữu nghị, hợp tác nhiều mặt giữa ")
                    .name(s.world.vietnam()).say(" và ").country(partner);
            s.end();
            return;
        }
        String change;
        String level;
        if (history.upgradedAround(day)) {
            level = history.laterLevel();
            change = "Upgraded";
            s.say("Hai bên ra Tuyên bố chung về việc nâng cấp quan hệ ").name(s.world.vietnam()).say(" - ")
                    .country(partner).say(" lên " + PartnershipHistory.NAMES.get(level));
        } else if (s.chance(60)) {
            level = history.levelOn(day);
            change = "Deepened";
            s.say("Hai nhà lãnh đạo nhất trí tiếp tục làm sâu sắc hơn nữa " + relation(level) + " ")
                    .name(s.world.vietnam()).say(" - ").country(partner);
        } else {
            level = history.levelOn(day);
            change = "Reaffirmed";
            s.say("Hai bên khẳng định coi trọng " + relation(level) + " giữa ").name(s.world.vietnam()).say(" và ")
                    .country(partner);
        }
        partnership(partner, level, change, day.toString(), occasion);
        s.end();
    }

    /** When the framework was set up, and upgraded if it was before the article. */
    boolean frameworkHistory(Entity partner) {
        PartnershipHistory history = PartnershipHistory.of(s.world.seed(), partner.ref(),
                s.world.measures().rank(partner.ref()));
        if (history == null || !s.fresh("history " + partner.ref())) {
            return false;
        }
        s.begin();
        s.name(s.world.vietnam()).say(" và ").country(partner).say(" thiết lập " + relation(history.level()) + " năm "
                + history.since());
        partnership(partner, history.level(), "Established", String.valueOf(history.since()), null);
        if (history.upgraded() != null && history.upgraded().isBefore(s.date.minusDays(14))) {
            s.say(" và nâng cấp lên " + PartnershipHistory.NAMES.get(history.laterLevel()) + " vào "
                    + DateTextLib.month(history.upgraded()));
            partnership(partner, history.laterLevel(), "Upgraded", DateTextLib.monthIso(history.upgraded()), null);
        }
        s.end();
        return true;
    }

    private void partnership(Entity partner, String level, String change, String date, String occasion) {
        String id = s.id("partnership");
        String label = PartnershipHistory.NAMES.get(level);
        s.state(ev -> new Fact.Partnership(id, List.of(ev), ArticleBuilder.confidence(), null,
                List.of("country/vn", partner.ref()), level, change, date, occasion, label));
    }

    /** "quan hệ Đối tác chiến lược", "mối Quan hệ đặc biệt". */
    private static String relation(String level) {
        String name = PartnershipHistory.NAMES.get(level);
        return level.equals("SpecialRelationship") ? "mối " + name : "quan hệ " + name;
    }

    /** "Thủ đô Tokyo", "Thủ đô Hà Nội", or the country's name where no city is known. */
    void where(Entity place) {
        if (place.kind().equals("country")) {
            s.country(place);
        } else {
            s.say("Thủ đô ").name(place);
        }
    }

    private void event(String id, String label, String labelEn, String kind, LocalDate day, String place,
            List<String> participants) {
        String note = DateTextLib.yearNote(day, s.date);
        s.text.declare(place);
        s.state(ev -> new Fact.Event(id, List.of(ev), ArticleBuilder.confidence(), note, label, labelEn, kind,
                day.toString(), null, place, null, null, participants, null, null));
    }

    private String english(String country) {
        String name = s.world.entity(country).labelEn();
        return name == null ? s.world.entity(country).label() : name;
    }

    /** Heads of state pay state visits, heads of government official ones, others working visits or visits. */
    private String[] kind(Official visitor) {
        return switch (visitor.role()) {
            case "StatePresident", "GeneralSecretary", "President", "Monarch" -> VISIT_KINDS[0];
            case "PrimeMinister", "ChairOfNationalAssembly" -> VISIT_KINDS[1];
            default -> s.chance(50) ? VISIT_KINDS[2] : VISIT_KINDS[3];
        };
    }
}
