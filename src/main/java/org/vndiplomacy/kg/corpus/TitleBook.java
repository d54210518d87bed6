package org.vndiplomacy.kg.corpus;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.vndiplomacy.kg.annotation.RefLib;
import org.vndiplomacy.kg.extract.GazetteerReader;

/**
 * The titles of {@code /extract/titles.tsv}: the role of a title as written, and the national posts of Vietnam
 * with the form of their title the first time ("Bộ trưởng Bộ Ngoại giao") and later ("Bộ trưởng Ngoại giao").
 */
final class TitleBook {

    /** A row of the file. */
    record Row(String title, String role, String organization, String scope) {
    }

    /** A national post: its role, the body it belongs to, and its two title forms. */
    record Post(String role, String organization, String full, String brief) {
    }

    private static final List<String> LOCAL_WORDS = List.of("tỉnh", "thành phố", "TP", "Tỉnh ủy", "Tỉnh uỷ",
            "Thành ủy", "Thành uỷ", "Sở Ngoại vụ");
    private static final List<String> NOT_NATIONAL = List.of("Director", "DeputyDirector", "Ambassador",
            "ConsulGeneral", "HeadOfDelegation", "ChairmanOfTheBoard", "ChiefExecutive", "ExecutiveChairman", "Founder",
            "DirectorGeneral", "DeputyDirectorGeneral");

    private static final int LONGEST = 50;
    private static final Pattern UNKNOWN_BODY = Pattern.compile("\\bBộ \\p{Lu}|\\p{Lu}{2,}|[ỦU][ỷy] ban");

    private final List<Row> rows = new ArrayList<>();
    private final Map<String, Row> byTitle = new HashMap<>();

    TitleBook() {
        for (String[] cells : GazetteerReader.table("titles.tsv", 4)) {
            Row row = new Row(cells[0].strip(), cells[1].strip(), blank(cells[2]), cells[3].isBlank() ? "any"
                    : cells[3].strip());
            rows.add(row);
            byTitle.putIfAbsent(row.title(), row);
        }
    }

    /** The role of a title as the file writes it; a missing title is a bug of the generator. */
    String role(String title) {
        Row row = byTitle.get(title);
        if (row == null) {
            throw new IllegalStateException("\"" + title + "\" is not a title of /extract/titles.tsv");
        }
        return row.role();
    }

    /**
     * The national posts of Vietnam, in the file's order of roles: titles any Vietnamese official may hold, of a
     * Vietnamese body ({@code isVietnamese}) or of none, without the provincial and the generic ones. The later
     * form is the shortest that names no body the index does not know ("Bộ trưởng Kế hoạch và Đầu tư", not "Bộ
     * trưởng Bộ KHĐT"); the first one the shortest such that names the post's body by its {@code label}, preferably
     * in at most 50 characters, or else the later one.
     */
    List<Post> nationalPosts(NameIndex names, Predicate<String> isVietnamese, Function<String, String> label) {
        Map<String, List<Row>> byRole = new LinkedHashMap<>();
        for (Row row : rows) {
            boolean local = LOCAL_WORDS.stream().anyMatch(w -> (" " + row.title() + " ").contains(" " + w + " "));
            boolean national = row.organization() == null || isVietnamese.test(row.organization());
            if (!row.scope().equals("foreign") && !local && national && !NOT_NATIONAL.contains(row.role())) {
                byRole.computeIfAbsent(row.role(), r -> new ArrayList<>()).add(row);
            }
        }
        List<Post> posts = new ArrayList<>();
        Comparator<Row> shortest = Comparator.comparingInt((Row r) -> r.title().length()).thenComparing(Row::title);
        for (Map.Entry<String, List<Row>> e : byRole.entrySet()) {
            List<Row> candidates = e.getValue();
            Row brief = candidates.stream().filter(r -> plain(names.scan(r.title()))).min(shortest)
                    .orElse(candidates.stream().min(shortest).orElseThrow());
            List<Row> named = candidates.stream().filter(r -> r.organization() != null
                    && r.organization().startsWith("organization/") && plain(names.scan(r.title())))
                    .filter(r -> names.scan(r.title()).names().stream()
                            .anyMatch(n -> n.ref().equals(r.organization()) && n.text().equals(label.apply(n.ref()))))
                    .sorted(shortest).toList();
            Row full = named.stream().filter(r -> r.title().length() <= LONGEST).findFirst()
                    .orElse(named.isEmpty() ? brief : named.get(0));
            String organization = full.organization() != null ? full.organization() : brief.organization();
            posts.add(new Post(e.getKey(), organization, full.title(), brief.title()));
        }
        return posts;
    }

    /**
     * Bodies the titles name that the reference data lacks, with the label the title writes them with ("Bộ Kế
     * hoạch và Đầu tư" in "Bộ trưởng Bộ Kế hoạch và Đầu tư"): the words at the end of a title that fold to the key.
     */
    List<Entity> bodiesNamedByTitles(Set<String> known) {
        Map<String, Entity> bodies = new LinkedHashMap<>();
        for (Row row : rows) {
            String org = row.organization();
            if (org == null || known.contains(org) || bodies.containsKey(org) || row.scope().equals("foreign")
                    || !org.startsWith("organization/")) {
                continue;
            }
            String[] words = row.title().split(" ");
            for (int from = 1; from < words.length; from++) {
                String suffix = String.join(" ", Arrays.copyOfRange(words, from, words.length));
                if (RefLib.fold(suffix).equals(RefLib.key(org))) {
                    bodies.put(org, new Entity(org, suffix, null, "country/vn", false, List.of(suffix)));
                    break;
                }
            }
        }
        return List.copyOf(bodies.values());
    }

    /** Whether the text outside the names found holds no other name of a body ("Bộ KHĐT", "NN&PTNT"). */
    private static boolean plain(Phrase scanned) {
        StringBuilder rest = new StringBuilder(scanned.text());
        for (Phrase.Name n : scanned.names()) {
            int from = rest.offsetByCodePoints(0, n.start());
            int to = rest.offsetByCodePoints(0, n.end());
            for (int i = from; i < to; i++) {
                rest.setCharAt(i, ' ');
            }
        }
        return !UNKNOWN_BODY.matcher(rest).find();
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
