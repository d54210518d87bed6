package org.vndiplomacy.kg.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A piece of article text with the entity names in it, at code point offsets relative to the text. Names may nest
 * ("Việt Nam" inside "Ngân hàng Nhà nước Việt Nam").
 */
record Phrase(String text, List<Name> names) {

    /** An entity named at {@code start}..{@code end} (code points, end exclusive) of the phrase. */
    record Name(int start, int end, String ref, String text) {
    }

    Phrase {
        Objects.requireNonNull(text, "text");
        names = List.copyOf(names);
    }

    /** Text without names. */
    static Phrase of(String text) {
        return new Phrase(text, List.of());
    }

    /** The whole text is a name of {@code ref}. */
    static Phrase name(String ref, String text) {
        return new Phrase(text, List.of(new Name(0, length(text), ref, text)));
    }

    /** The whole text is a name of {@code ref}, with the names nested in it. */
    static Phrase name(String ref, Phrase inner) {
        List<Name> names = new ArrayList<>();
        names.add(new Name(0, inner.length(), ref, inner.text()));
        names.addAll(inner.names());
        return new Phrase(inner.text(), names);
    }

    /** The phrases one after the other. */
    static Phrase concat(Phrase... parts) {
        StringBuilder text = new StringBuilder();
        List<Name> names = new ArrayList<>();
        int offset = 0;
        for (Phrase part : parts) {
            for (Name n : part.names()) {
                names.add(new Name(n.start() + offset, n.end() + offset, n.ref(), n.text()));
            }
            text.append(part.text());
            offset += part.length();
        }
        return new Phrase(text.toString(), names);
    }

    /** This phrase followed by plain text. */
    Phrase then(String more) {
        return concat(this, of(more));
    }

    /** This phrase followed by another. */
    Phrase then(Phrase more) {
        return concat(this, more);
    }

    /** Plain text followed by this phrase. */
    Phrase after(String before) {
        return concat(of(before), this);
    }

    int length() {
        return length(text);
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }
}
