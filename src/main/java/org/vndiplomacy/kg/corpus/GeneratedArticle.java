package org.vndiplomacy.kg.corpus;

import org.vndiplomacy.kg.annotation.AnnotationFile;

/**
 * One generated article: its file stem ({@code g000001_42}), its text (NFC) and its annotation.
 */
public record GeneratedArticle(String stem, String text, AnnotationFile annotation) {

    public String articleFile() {
        return stem + ".txt";
    }

    public String annotationFile() {
        return stem + ".json";
    }
}
