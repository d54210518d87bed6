package org.vndiplomacy.kg.validate;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads input files as UTF-8 text: the size limit is checked before anything is read, a UTF-8 byte order mark is
 * dropped, and UTF-16 or bytes that are not UTF-8 are reported at their line and column.
 */
final class Utf8Lib {

    private Utf8Lib() {
    }

    /**
     * The text of a file, or empty after adding a problem.
     *
     * @param limit the most bytes the file may have
     * @param what what the file is, for the limit's message ({@code "an annotation file"})
     * @param expected what was expected instead of bytes that are not UTF-8 ({@code "a UTF-8 JSON file"})
     */
    static Optional<String> read(Path file, String display, long limit, String what, String expected,
            List<Problem> problems) throws IOException {
        long size = Files.size(file);
        if (size > limit) {
            problems.add(new Problem(display, "", String.format(Locale.ROOT,
                    "%,d bytes, more than the %,d bytes (%d MiB) %s may have", size, limit, limit >> 20, what)));
            return Optional.empty();
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
                || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            problems.add(new Problem(display, "1:1", String.format(Locale.ROOT,
                    "UTF-16 text (byte order mark %02X %02X); expected %s", bytes[0], bytes[1], expected)));
            return Optional.empty();
        }
        int from = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(bytes.length - from);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        if (result.isError()) {
            problems.add(new Problem(display, place(out, out.length()), String.format(Locale.ROOT,
                    "not UTF-8 text (byte 0x%02X); expected %s", bytes[in.position()], expected)));
            return Optional.empty();
        }
        return Optional.of(out.toString());
    }

    /** The line and column ({@code 3:14}, both from 1, columns in code points) of a char index of a text. */
    static String place(CharSequence text, int index) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < index; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        int column = Character.codePointCount(text, lineStart, index) + 1;
        return line + ":" + column;
    }

    /**
     * The char index of the first character that has no place in text, or -1: a control character other than tab,
     * line feed and carriage return (NUL among them), or half of a surrogate pair.
     */
    static int firstBadChar(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || (Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r')) {
                return i;
            }
        }
        return -1;
    }

    /** How {@link #firstBadChar} names the character at an index: {@code a NUL character (U+0000)}. */
    static String describe(String text, int index) {
        char c = text.charAt(index);
        String code = String.format(Locale.ROOT, "U+%04X", (int) c);
        if (c == 0) {
            return "a NUL character (" + code + ")";
        }
        return Character.isSurrogate(c) ? "half of a surrogate pair (" + code + ")"
                : "a control character (" + code + ")";
    }
}
