package org.vndiplomacy.kg.corpus;

import java.time.LocalDate;
import java.util.List;
import org.vndiplomacy.kg.annotation.Fact;

/** A province's foreign relations: an ambassador received, its figures, a memorandum, an investment conference. */
final class ProvinceStory implements StoryWriter.Story {

    private final Scene s;
    private final FigureSentences figures;
    private final EventSentences events;
    private final DiplomacySentences diplomacy;
    private final AgreementSentences agreements;
    private final Entity province;
    private final Official leader;
    private final Entity partner;
    private final Official ambassador;
    private final LocalDate day;

    ProvinceStory(Scene scene) {
        this.s = scene;
        this.figures = new FigureSentences(scene);
        this.events = new EventSentences(scene);
        this.diplomacy = new DiplomacySentences(scene);
        this.agreements = new AgreementSentences(scene);
        this.province = scene.world.provinces().pick(scene.random);
        this.leader = scene.provincial(province);
        this.partner = scene.world.counterparts().pick(scene.random);
        this.ambassador = scene.world.foreignHolder(scene.random, scene.date, partner.ref(), "Ambassador");
        this.day = scene.newsDay();
    }

    @Override
    public String section() {
        return "Địa phương";
    }

    @Override
    public void headline() {
        s.name(province).say(s.pick(" tăng cường hợp tác với các đối tác ", " mong muốn thu hút thêm nhà đầu tư "))
                .name(partner);
    }

    @Override
    public Entity dateline() {
        return province;
    }

    @Override
    public void lead() {
        s.begin();
        s.say("Thời gian qua, công tác đối ngoại của ").say(ProvinceLib.named(province))
                .say(" đã góp phần quan trọng vào thu hút đầu tư và phát triển kinh tế - xã hội của địa phương");
        s.end();
    }

    @Override
    public void opening() {
        String id = s.id("ev");
        s.begin();
        s.say(DateTextLib.opening(s.random, day, s.date)).say(", ").official(leader, day).say(" đã tiếp ")
                .official(ambassador, day).say(" đến chào và làm việc");
        String note = DateTextLib.yearNote(day, s.date);
        String label = leader.shortTitle().text() + " " + leader.name() + " tiếp "
                + ambassador.shortTitle().text() + " " + ambassador.name();
        s.text.declare(province.ref());
        s.state(ev -> new Fact.Event(id, List.of(ev), ArticleBuilder.confidence(), note, label, null, "Reception",
                day.toString(), null, province.ref(), null, null, List.of(leader.ref(), ambassador.ref()), null,
                null));
        s.end();
        figures.province(province);
        s.paragraph();
    }

    @Override
    public boolean more() {
        int r = s.random.nextInt(100);
        if (r < 12) {
            return figures.province(province);
        } else if (r < 22) {
            return figures.partnerInvestment(partner);
        } else if (r < 28) {
            return agreements.provincial(s.world.entity(leader.organization()), partner, day);
        } else if (r < 36) {
            return events.investmentConference(province, leader, day);
        } else if (r < 48) {
            return diplomacy.visitProvince(s.vietnamese(), province, s.newsDay());
        } else if (r < 54) {
            return events.document();
        } else if (r < 66) {
            return events.quote(s.chance(50) ? leader : s.provincial(province), partner, day);
        } else if (r < 80) {
            return events.attendants(() -> s.provincial(province), day);
        } else if (r < 90) {
            return figures.bilateralTrade(partner);
        }
        return figures.province(s.world.provinces().pick(s.random));
    }
}
