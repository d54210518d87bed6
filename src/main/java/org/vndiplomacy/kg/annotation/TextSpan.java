package org.vndiplomacy.kg.annotation;

/**
 * A stretch of article text: code point offsets into the NFC text, end exclusive, and the exact text there.
 */
public interface TextSpan {

    Integer start();

    Integer end();

    /** The text claimed to stand at the offsets. */
    String exact();

    /** The JSON field that holds {@link #exact()}, for messages. */
    String exactField();
}
