package org.vndiplomacy.kg.annotation;

/**
 * Article metadata as the text gives it; {@code null} where the text does not say.
 *
 * @param sourceFile file name under {@code seeds/articles/}
 * @param issued {@code YYYY-MM-DD} or {@code YYYY-MM-DDThh:mm}
 */
public record ArticleMeta(
        String sourceFile,
        String title,
        String publisher,
        String issued,
        String author,
        String section) {
}
