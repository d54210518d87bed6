package org.vndiplomacy.kg.corpus;

import java.time.LocalDate;
import java.util.List;

/** A visit between Vietnam and a partner: the visit, talks, the framework, signings, figures of the relations. */
final class BilateralStory implements StoryWriter.Story {

    private final Scene s;
    private final DiplomacySentences diplomacy;
    private final FigureSentences figures;
    private final EventSentences events;
    private final AgreementSentences agreements;
    private final Entity partner;
    private final Official host;
    private final Official guest;
    private final boolean abroad;
    private final Entity place;
    private final LocalDate from;
    private final LocalDate to;

    BilateralStory(Scene scene) {
        this.s = scene;
        this.diplomacy = new DiplomacySentences(scene);
        this.figures = new FigureSentences(scene);
        this.events = new EventSentences(scene);
        this.agreements = new AgreementSentences(scene);
        this.partner = scene.world.counterparts().pick(scene.random);
        this.host = scene.leader();
        this.guest = counterpart(scene, host, partner);
        this.abroad = scene.chance(50);
        Entity capital = scene.world.capitals().get(partner.ref());
        this.place = abroad ? (capital == null ? partner : capital) : scene.world.entity("locality/ha-noi");
        this.from = scene.date.minusDays(scene.random.nextInt(3));
        this.to = from.plusDays(1 + scene.random.nextInt(3));
    }

    /** The partner's official of the host's rank: head of state, of government, deputy, foreign minister. */
    private static Official counterpart(Scene scene, Official host, Entity partner) {
        List<String> roles = switch (host.role()) {
            case "StatePresident", "GeneralSecretary", "StateVicePresident" -> List.of("President", "StatePresident",
                    "Monarch", "PrimeMinister");
            case "DeputyPrimeMinister", "PermanentDeputyPrimeMinister" -> List.of("DeputyPrimeMinister");
            case "MinisterOfForeignAffairs" -> List.of("MinisterOfForeignAffairs");
            default -> List.of("PrimeMinister", "President");
        };
        for (String role : roles) {
            Official o = scene.world.foreignHolder(scene.random, scene.date, partner.ref(), role);
            if (o.role().equals(role)) {
                return o;
            }
        }
        return scene.foreigner(partner);
    }

    @Override
    public String section() {
        return "Thời sự";
    }

    @Override
    public void headline() {
        switch (s.random.nextInt(3)) {
            case 0 -> s.headlineOfficial(host).say(" hội đàm với " + guest.shortTitle().text() + " ").name(partner);
            case 1 -> s.say("Thúc đẩy quan hệ hợp tác ").name(s.world.vietnam()).say(" - ").name(partner)
                    .say(" đi vào chiều sâu, thực chất");
            default -> s.headlineOfficial(abroad ? host : guest).say(" bắt đầu chuyến thăm ")
                    .name(abroad ? partner : s.world.vietnam());
        }
    }

    @Override
    public Entity dateline() {
        return place.kind().equals("locality") ? place : s.world.entity("locality/ha-noi");
    }

    @Override
    public void lead() {
        s.begin();
        s.say("Chuyến thăm diễn ra trong bối cảnh quan hệ ").name(s.world.vietnam()).say(" - ").country(partner)
                .say(" đang phát triển tốt đẹp trên nhiều lĩnh vực");
        s.end();
    }

    @Override
    public void opening() {
        String visit = abroad ? diplomacy.visitAbroad(host, guest, partner, from, to)
                : diplomacy.visitToVietnam(guest, host, from, to);
        String talks = diplomacy.talks(host, guest, from, place);
        diplomacy.framework(partner, s.chance(50) ? visit : talks, from);
        s.paragraph();
        agreements.signing(partner, from);
        figures.bilateralTrade(partner);
        s.paragraph();
    }

    @Override
    public boolean more() {
        int r = s.random.nextInt(100);
        LocalDate last = to.isAfter(s.date) ? s.date : to;
        if (r < 10) {
            return figures.partnerInvestment(partner);
        } else if (r < 18) {
            return figures.partnerPeople(partner);
        } else if (r < 24) {
            return figures.bilateralTrade(s.world.partners().pickOther(s.random, partner));
        } else if (r < 44) {
            Official other = s.chance(50) ? s.vietnamese() : s.foreigner(partner);
            Official vietnamese = other.vietnamese() ? other : host;
            Official foreigner = other.vietnamese() ? guest : other;
            boolean someoneElse = !vietnamese.equals(host) || !foreigner.equals(guest);
            return someoneElse && diplomacy.meeting(foreigner, vietnamese, last, place);
        } else if (r < 54) {
            return events.quote(s.pick(host, guest, s.vietnamese()), partner, from);
        } else if (r < 66) {
            return events.attendants(s.chance(70) ? s::vietnamese : () -> s.foreigner(partner), from);
        } else if (r < 72) {
            return diplomacy.frameworkHistory(partner);
        } else if (r < 76) {
            return agreements.freeTrade(partner);
        } else if (r < 82) {
            return events.document();
        } else if (r < 88) {
            return events.forum(partner, s.chance(50) ? host : s.vietnamese(), last, place);
        } else if (r < 94) {
            return figures.bilateralTrade(partner);
        }
        return figures.nationalTrade();
    }
}
