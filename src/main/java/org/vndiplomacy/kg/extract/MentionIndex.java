package org.vndiplomacy.kg.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Predicate;

/** The places entities are named in one article, by offset, for the finders' "who is named near here" questions. */
final class MentionIndex {

    /** An entity named at {@code [start, end)}. */
    record Named(int start, int end, String ref) {
    }

    private final TreeMap<Integer, List<Named>> byStart = new TreeMap<>();

    void add(String ref, int start, int end) {
        List<Named> here = byStart.computeIfAbsent(start, k -> new ArrayList<>());
        if (here.stream().noneMatch(n -> n.ref().equals(ref))) {
            here.add(new Named(start, end, ref));
        }
    }

    void remove(String ref, int start) {
        List<Named> here = byStart.get(start);
        if (here != null) {
            here.removeIf(n -> n.ref().equals(ref));
            if (here.isEmpty()) {
                byStart.remove(start);
            }
        }
    }

    /** The entities named from {@code from} (inclusive) with a start before {@code to}, in text order. */
    List<Named> startingIn(int from, int to, Predicate<String> refs) {
        List<Named> found = new ArrayList<>();
        if (from >= to) {
            return found;
        }
        byStart.subMap(from, true, to, false).values()
                .forEach(list -> list.stream().filter(n -> refs.test(n.ref())).forEach(found::add));
        return found;
    }

    /** The entities named wholly inside {@code [from, to)}, in text order. */
    List<Named> inside(int from, int to, Predicate<String> refs) {
        List<Named> found = startingIn(from, to, refs);
        found.removeIf(n -> n.end() > to);
        return found;
    }
}
