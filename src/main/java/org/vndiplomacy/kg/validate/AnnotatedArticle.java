package org.vndiplomacy.kg.validate;

import java.util.Objects;
import org.vndiplomacy.kg.annotation.AnnotationFile;

/**
 * An annotation file read and checked, with the article it annotates.
 *
 * @param display how the annotation file is named in messages ({@code seeds/annotations/x.json})
 */
public record AnnotatedArticle(String display, AnnotationFile annotation, ArticleText article) {

    public AnnotatedArticle {
        Objects.requireNonNull(display, "display");
        Objects.requireNonNull(annotation, "annotation");
        Objects.requireNonNull(article, "article");
    }
}
