package org.vndiplomacy.kg.corpus;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.SplittableRandom;
import org.vndiplomacy.kg.annotation.ArticleMeta;

/**
 * Makes the articles of a synthetic corpus, one at a time: article {@code index} of the world's seed is the same
 * text and annotation on every run and machine (a {@link SplittableRandom} seeded from the seed and the index; no
 * clock, no hash order). Articles are dated 2015-2025 and state 20 to 80 facts, all known by construction.
 */
public final class CorpusGenerator {

    /** The fewest and most facts an article states; the story stops within five facts of its target. */
    public static final int MIN_FACTS = 20;
    public static final int MAX_FACTS = 80;

    private static final LocalDate FIRST = LocalDate.of(2015, 1, 1);
    private static final int DAYS = (int) (LocalDate.of(2025, 12, 31).toEpochDay() - FIRST.toEpochDay() + 1);
    private static final int MOST_PER_SENTENCE = 5;

    private final CorpusWorld world;

    public CorpusGenerator(CorpusWorld world) {
        this.world = Objects.requireNonNull(world, "world");
    }

    /** The file stem of an article: {@code g000001_42} for article 1 of seed 42. */
    public static String stem(long index, long seed) {
        return String.format(Locale.ROOT, "g%06d_%d", index, seed);
    }

    public GeneratedArticle generate(long index) {
        if (index < 1) {
            throw new IllegalArgumentException("articles are numbered from 1: " + index);
        }
        SplittableRandom random = new SplittableRandom(mix(world.seed(), index));
        LocalDate date = FIRST.plusDays(random.nextInt(DAYS));
        int target = MIN_FACTS + random.nextInt(MAX_FACTS - MOST_PER_SENTENCE - MIN_FACTS + 1);
        Scene scene = new Scene(world, random, date);
        StoryWriter.Written written = new StoryWriter(scene).write(target);
        String stem = stem(index, world.seed());
        String text = scene.text.text();
        ArticleMeta meta = new ArticleMeta(stem + ".txt", written.headline(), null, date.toString(), null,
                written.section());
        return new GeneratedArticle(stem, text, scene.text.annotation(meta));
    }

    /** A seed for one article: the corpus seed and the index, mixed (SplitMix64's finalizer). */
    private static long mix(long seed, long index) {
        long z = seed * 0x9E3779B97F4A7C15L + index;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
