package org.vndiplomacy.kg.corpus;

/**
 * Writes one article: a section line, a headline, a date line ("Hà Nội, ngày 15/3/2024"), a lead, then paragraphs
 * of three to five sentences until the article states its number of facts. The story is a bilateral visit, a
 * conference on economic diplomacy, or a province's foreign relations; when its menu has nothing left to tell, the
 * trade with one more partner is.
 */
final class StoryWriter {

    /** What the story writes: its headline and section, and its sentences. */
    interface Story {
        String section();

        void headline();

        /** The place of the date line. */
        Entity dateline();

        void lead();

        /** The first paragraphs, which tell the story. */
        void opening();

        /** One more sentence (or two) drawn from the story's menu; false, writing nothing, if it was told. */
        boolean more();
    }

    private static final String[] FILLERS = {
        "Hai bên đánh giá cao những bước phát triển tích cực của quan hệ hợp tác thời gian qua.",
        "Các đại biểu đã trao đổi sâu rộng về phương hướng, giải pháp thúc đẩy hợp tác trong thời gian tới.",
        "Hai bên cũng trao đổi về các vấn đề quốc tế và khu vực cùng quan tâm, trong đó có vấn đề Biển Đông.",
        "Bối cảnh quốc tế tiếp tục diễn biến nhanh, phức tạp, khó lường, tác động nhiều chiều đến kinh tế thế giới.",
        "Công tác ngoại giao kinh tế tiếp tục được triển khai quyết liệt, toàn diện, góp phần quan trọng vào tăng "
                + "trưởng.",
        "Nhiều dự án lớn trong các lĩnh vực công nghệ cao, năng lượng tái tạo và hạ tầng đã được khởi công.",
        "Hợp tác địa phương và giao lưu nhân dân tiếp tục được thúc đẩy, tạo nền tảng vững chắc cho quan hệ song "
                + "phương.",
        "Các doanh nghiệp bày tỏ mong muốn mở rộng đầu tư, kinh doanh lâu dài.",
        "Các ý kiến tại hội nghị đều nhấn mạnh yêu cầu nâng cao hiệu quả phối hợp giữa các bộ, ngành và địa phương.",
        "Thời gian tới, cần tiếp tục tháo gỡ khó khăn, vướng mắc, cải thiện môi trường đầu tư kinh doanh."};

    private final Scene s;
    private final FigureSentences fallback;

    StoryWriter(Scene scene) {
        this.s = scene;
        this.fallback = new FigureSentences(scene);
    }

    /** The section line and the headline of the article written. */
    record Written(String section, String headline) {
    }

    /** Writes the article until it states {@code facts} facts (at most five more). */
    Written write(int facts) {
        int kind = s.random.nextInt(100);
        Story story = kind < 45 ? new BilateralStory(s) : kind < 75 ? new EconomyStory(s) : new ProvinceStory(s);
        s.say(story.section()).say("\n\n");
        ArticleBuilder.Mark from = s.text.mark();
        story.headline();
        String headline = s.text.evidence(from).quote();
        s.say("\n\n");
        Entity place = story.dateline();
        s.name(place).say(", ngày " + DateTextLib.full(s.date)).say("\n\n");
        story.lead();
        s.paragraph();
        story.opening();
        while (s.text.factCount() < facts) {
            int sentences = 3 + s.random.nextInt(3);
            for (int i = 0; i < sentences && s.text.factCount() < facts; i++) {
                if (s.chance(12)) {
                    filler();
                } else if (!more(story)) {
                    while (!fallback.bilateralTrade(s.world.partners().pick(s.random))) {
                        continue;
                    }
                }
            }
            s.paragraph();
        }
        return new Written(story.section(), headline);
    }

    private static boolean more(Story story) {
        for (int attempt = 0; attempt < 8; attempt++) {
            if (story.more()) {
                return true;
            }
        }
        return false;
    }

    /** A sentence without names or facts. */
    void filler() {
        s.begin();
        String filler = FILLERS[s.random.nextInt(FILLERS.length)];
        s.say(filler.substring(0, filler.length() - 1));
        s.end();
    }
}
