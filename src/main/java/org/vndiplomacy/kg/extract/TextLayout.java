package org.vndiplomacy.kg.extract;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An article's text prepared for extraction: NFC, its matching form, its words, its lines and sentences, and the
 * lines that are page furniture (audio players, share buttons, section headers of related news), which are skipped.
 * Offsets are UTF-16 indexes into {@link #text()}; {@link #codePoint(int)} turns them into the format's offsets.
 */
public final class TextLayout {

    /** Lines that belong to the page around the article, compared in lower case without final punctuation. */
    private static final Set<String> FURNITURE = Set.of("nghe audio", "chia sẻ", "có thể bạn quan tâm",
            "tin cùng chuyên mục", "tin liên quan", "bài liên quan", "xem nhiều nhất", "đọc nhiều nhất",
            "cột tin quảng cáo", "end of content", "không có tin nào tiếp theo", "đừng bỏ lỡ", "bình luận",
            "gửi bình luận", "in bài", "lưu bài", "bài viết liên quan", "tin mới nhất", "tin khác", "xem thêm",
            "quảng cáo", "video", "ảnh", "tags", "từ khóa");
    private static final Pattern FURNITURE_START = Pattern.compile(
            "^(powered by|theo dõi .* trên google news|nổi bật |tags?:|từ khóa:|chia sẻ:|\\S+\\.(png|jpe?g|gif|webp)$)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WORD = Pattern.compile(
            "\\p{L}[\\p{L}\\p{M}]*|\\d+(?:[.,]\\d+)*|[^\\s]");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<!\\bTP|\\bTp)[.!?…]+[\"”’)]*(?=\\s+)");

    private final String text;
    private final String canonical;
    private final List<Token> tokens = new ArrayList<>();
    private final List<Span> lines = new ArrayList<>();
    private final List<Span> sentences = new ArrayList<>();
    /** Code point offset of each UTF-16 index when the text has characters outside the BMP; else {@code null}. */
    private final int[] codePoints;

    /** A stretch of text; {@code furniture} for lines of the page around the article. */
    public record Span(int start, int end, boolean furniture) {
    }

    public TextLayout(String raw) {
        this.text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        this.canonical = MatchLib.canonical(text);
        this.codePoints = text.codePointCount(0, text.length()) == text.length() ? null : codePointTable(text);
        Matcher words = WORD.matcher(text);
        while (words.find()) {
            tokens.add(new Token(words.start(), words.end(), words.group(), canonical.substring(words.start(),
                    words.end())));
        }
        int lineStart = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                addLine(lineStart, i);
                lineStart = i + 1;
            }
        }
    }

    private static int[] codePointTable(String text) {
        int[] table = new int[text.length() + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); i++) {
            table[i] = cp;
            if (!Character.isHighSurrogate(text.charAt(i)) || i + 1 == text.length()
                    || !Character.isLowSurrogate(text.charAt(i + 1))) {
                cp++;
            }
        }
        table[text.length()] = cp;
        return table;
    }

    private void addLine(int start, int end) {
        String line = text.substring(start, end).strip();
        if (line.isEmpty()) {
            return;
        }
        int from = start + text.substring(start, end).indexOf(line.charAt(0));
        int to = from + line.length();
        String key = line.toLowerCase(Locale.ROOT).replaceAll("[\\s.:…]+$", "");
        boolean furniture = FURNITURE.contains(key) || FURNITURE_START.matcher(line).find();
        lines.add(new Span(from, to, furniture));
        if (furniture) {
            return;
        }
        Matcher end2 = SENTENCE_END.matcher(text).region(from, to);
        int sentenceStart = from;
        while (end2.find()) {
            sentences.add(new Span(sentenceStart, end2.end(), false));
            sentenceStart = end2.end();
            while (sentenceStart < to && Character.isWhitespace(text.charAt(sentenceStart))) {
                sentenceStart++;
            }
        }
        if (sentenceStart < to) {
            sentences.add(new Span(sentenceStart, to, false));
        }
    }

    public String text() {
        return text;
    }

    /** The matching form of the whole text ({@link MatchLib#canonical}), index for index. */
    public String canonical() {
        return canonical;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<Span> lines() {
        return lines;
    }

    /** The sentences of the lines that are not furniture, in order. */
    public List<Span> sentences() {
        return sentences;
    }

    /** Whether an offset lies in a furniture line. */
    public boolean inFurniture(int offset) {
        Span line = lineOf(offset);
        return line != null && line.furniture();
    }

    /** The format's offset (code points) of a UTF-16 index. */
    public int codePoint(int index) {
        if (codePoints == null) {
            return index;
        }
        return codePoints[index];
    }

    /** The index of the first token that starts at or after an offset, or the token count. */
    public int tokenAt(int offset) {
        int low = 0;
        int high = tokens.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (tokens.get(mid).start() < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** The sentence that holds an offset, or {@code null} when the offset is in furniture or between lines. */
    public Span sentenceOf(int offset) {
        return spanOf(sentences, offset);
    }

    /** The line that holds an offset, or {@code null}. */
    public Span lineOf(int offset) {
        return spanOf(lines, offset);
    }

    /** The span of a sorted list of disjoint spans that holds an offset, by binary search; or {@code null}. */
    private static Span spanOf(List<Span> spans, int offset) {
        int low = 0;
        int high = spans.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Span s = spans.get(mid);
            if (offset < s.start()) {
                high = mid - 1;
            } else if (offset >= s.end()) {
                low = mid + 1;
            } else {
                return s;
            }
        }
        return null;
    }
}
