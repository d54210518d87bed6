package org.vndiplomacy.kg.validate;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where one article of a seeds folder comes from, to read it again in a second pass: its annotation file, or none
 * when the extractor annotates it, and its text.
 *
 * @param display how the article is named in messages ({@code seeds/annotations/x.json})
 * @param annotation the annotation file, or {@code null} for an extracted article
 */
public record ArticleSource(String display, Path annotation, Path article) {

    public ArticleSource {
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(article, "article");
    }

    /** Whether the extractor annotates the article. */
    public boolean extracted() {
        return annotation == null;
    }
}
