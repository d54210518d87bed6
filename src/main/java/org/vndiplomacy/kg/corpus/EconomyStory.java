package org.vndiplomacy.kg.corpus;

import java.time.LocalDate;

/** A conference on economic diplomacy: who chaired and attended, national figures, policy documents, partners. */
final class EconomyStory implements StoryWriter.Story {

    private final Scene s;
    private final FigureSentences figures;
    private final EventSentences events;
    private final DiplomacySentences diplomacy;
    private final LocalDate day;
    private Official chair;

    EconomyStory(Scene scene) {
        this.s = scene;
        this.figures = new FigureSentences(scene);
        this.events = new EventSentences(scene);
        this.diplomacy = new DiplomacySentences(scene);
        this.day = scene.newsDay();
    }

    @Override
    public String section() {
        return "Kinh tế";
    }

    @Override
    public void headline() {
        s.say(s.pick("Đẩy mạnh ngoại giao kinh tế phục vụ phát triển đất nước",
                "Ngoại giao kinh tế góp phần quan trọng vào tăng trưởng năm " + (s.date.getYear() - 1),
                "Tạo xung lực mới cho hợp tác kinh tế với các đối tác lớn",
                "Nâng cao hiệu quả thu hút đầu tư nước ngoài trong tình hình mới"));
    }

    @Override
    public Entity dateline() {
        return s.world.entity("locality/ha-noi");
    }

    @Override
    public void lead() {
        s.begin();
        s.say("Năm qua, bất chấp nhiều khó khăn, thách thức, kinh tế ").name(s.world.vietnam())
                .say(" tiếp tục là điểm sáng về tăng trưởng trong khu vực");
        s.end();
    }

    @Override
    public void opening() {
        chair = events.conference(day);
        s.paragraph();
        figures.nationalTrade();
        figures.nationalInvestment();
        s.paragraph();
    }

    @Override
    public boolean more() {
        int r = s.random.nextInt(100);
        Entity partner = s.world.partners().pick(s.random);
        if (r < 10) {
            return figures.nationalRecord();
        } else if (r < 22) {
            return figures.bilateralTrade(partner);
        } else if (r < 32) {
            return figures.partnerInvestment(s.world.counterparts().pick(s.random));
        } else if (r < 40) {
            return events.document();
        } else if (r < 48) {
            return figures.province(s.world.provinces().pick(s.random));
        } else if (r < 54) {
            return diplomacy.frameworkHistory(partner);
        } else if (r < 68) {
            return events.quote(s.chance(30) ? chair : s.vietnamese(), partner, day);
        } else if (r < 84) {
            return events.attendants(s::vietnamese, day);
        } else if (r < 90) {
            return figures.nationalInvestment();
        }
        return figures.partnerPeople(s.world.counterparts().pick(s.random));
    }
}
