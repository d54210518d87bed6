package org.vndiplomacy.kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the figures of a stretch of text: numbers written the Vietnamese way ("36,6", "1.720", "6-7", "42/63"),
 * their multipliers (tỷ, triệu, nghìn), their currency or percent sign, the word before them that makes them
 * approximate (gần, khoảng, trên, hơn, vượt, dưới, nhóm...), and vague counts ("hàng trăm"). Dates, periods,
 * document numbers ("15-CT/TW"), ordinals ("lần thứ 21"), durations ("80 năm") and times are not figures.
 */
public final class FigureFinder {

    private static final String NUMBER = "\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?|\\d+(?:,\\d+)?";
    private static final Pattern FIGURE = Pattern.compile("(?iu)(?<![\\p{L}\\d.,/:-])(?:(" + NUMBER
            + ")(?:\\s*[-–]\\s*(?:"
            + NUMBER + "))?(?:/\\d+(?= \\p{L}))?|hàng (?:chục|trăm|nghìn|ngàn)(?: nghìn)?)"
            + "((?:\\s*(?:tỷ|tỉ|triệu|nghìn|ngàn)(?!\\p{L}))*)"
            + "(\\s*(?:USD|đô la Mỹ|đô-la Mỹ|đô la|đôla|Đô la Mỹ|đồng|VNĐ|VND)(?!\\p{L})|\\s*%|\\s*phần trăm)?");
    private static final Pattern QUALIFIER = Pattern.compile(
            "(?iu)(?:^|\\s)(gần|khoảng|xấp xỉ|trên|hơn|vượt|dưới|ít nhất|tối thiểu|tối đa|nhóm|top|chưa đến"
                    + "|chưa tới)\\s+$");
    private static final Pattern NOT_BEFORE = Pattern.compile(
            "(?iu)(?<!\\p{L})(?:lần thứ|thứ|số|khóa|khoá|COP|G|top|Chỉ thị|Nghị quyết|Quyết định|Nghị định|Thông tư"
                    + "|Kết luận|"
                    + "Luật|Điều|khoản|điểm|lần|Hội nghị|phiên|quý|tháng|ngày|năm|hôm|sáng|chiều|tối|trưa)\\s*$");
    private static final Pattern NOT_AFTER = Pattern.compile(
            "(?iu)^(?:\\s*(?:năm|tháng|ngày|giờ|phút|tuần|quý|thế kỷ|h\\b)|[-/]\\p{Lu}|:\\d|/\\d)");

    private FigureFinder() {
    }

    /** The figures in {@code [from, to)} that lie outside the given spans (dates and periods), in order. */
    public static List<FigureMention> find(String text, int from, int to, List<int[]> excluded) {
        List<FigureMention> found = new ArrayList<>();
        Matcher m = FIGURE.matcher(text).region(from, to);
        while (m.find()) {
            if (m.group().isBlank() || inside(excluded, m.start()) || excludedBy(text, m)) {
                continue;
            }
            String sign = m.group(3) == null ? "" : m.group(3).strip().toLowerCase(Locale.ROOT);
            String unit = sign.isEmpty() ? "NUM" : sign.equals("%") || sign.equals("phần trăm") ? "PERCENT"
                    : sign.startsWith("đồng") || sign.startsWith("vn") ? "VND" : "USD";
            if (!unit.equals("NUM") && m.group(2).isBlank() && m.group(1) == null) {
                continue;
            }
            int start = m.start();
            Matcher q = QUALIFIER.matcher(text.substring(Math.max(from, m.start() - 14), m.start()));
            if (q.find()) {
                start = m.start() - (q.group().length() - q.group().indexOf(q.group(1)));
            }
            if (unit.equals("PERCENT") && text.substring(Math.max(from, start - 5), start).matches("(?s).*giảm\\s+")) {
                start = text.lastIndexOf("giảm", start);
            }
            found.add(new FigureMention(start, m.start(), m.end(), unit));
        }
        return found;
    }

    private static boolean excludedBy(String text, Matcher m) {
        String before = text.substring(Math.max(0, m.start() - 14), m.start());
        String after = text.substring(m.end(), Math.min(text.length(), m.end() + 10));
        if (m.group(3) == null && (NOT_BEFORE.matcher(before).find() || NOT_AFTER.matcher(after).find())) {
            return true;
        }
        return m.group(1) != null && m.group(1).matches("(19|20)\\d\\d") && m.group(3) == null
                && m.group(2).isBlank();
    }

    private static boolean inside(List<int[]> spans, int offset) {
        for (int[] s : spans) {
            if (offset >= s[0] && offset < s[1]) {
                return true;
            }
        }
        return false;
    }
}
