package org.vndiplomacy.kg.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.vndiplomacy.kg.annotation.EntityAnnotation;
import org.vndiplomacy.kg.annotation.Evidence;
import org.vndiplomacy.kg.annotation.Fact;
import org.vndiplomacy.kg.annotation.Mention;

/**
 * What the finders have found in one article so far: entities with their mentions, and facts. Offsets are kept as
 * UTF-16 indexes and turned into code points when the annotation is written.
 */
final class ExtractionDraft {

    /** An entity being collected. */
    static final class Entity {
        final String ref;
        String label;
        String labelEn;
        String country;
        final Set<String> altLabels = new LinkedHashSet<>();
        final Map<Integer, int[]> mentions = new LinkedHashMap<>();

        Entity(String ref) {
            this.ref = ref;
        }
    }

    private final TextLayout layout;
    private final Map<String, Entity> entities = new LinkedHashMap<>();
    private final List<Fact> facts = new ArrayList<>();
    private final Set<String> ids = new LinkedHashSet<>();
    private final Set<String> international = new LinkedHashSet<>();
    private Map<Integer, PhraseIndex.Found<Place>> organizations = Map.of();
    private final MentionIndex index = new MentionIndex();

    ExtractionDraft(TextLayout layout) {
        this.layout = layout;
    }

    TextLayout layout() {
        return layout;
    }

    /** The organizations found by their names' heads ({@link OrganizationFinder}), by their first token. */
    void organizations(Map<Integer, PhraseIndex.Found<Place>> found) {
        organizations = Map.copyOf(found);
    }

    /** The organization whose name starts at token {@code k}, found by its head, or {@code null}. */
    PhraseIndex.Found<Place> organizationAt(int k) {
        return organizations.get(k);
    }

    /** The entity of a ref, created when new; a gazetteer entry gives it its labels unless it is reference data. */
    Entity entity(String ref, Place known) {
        Entity e = entities.computeIfAbsent(ref, Entity::new);
        if (known != null && known.reference() && known.kind().equals("organization") && known.country() == null) {
            international.add(ref);
        }
        if (known != null && !known.reference() && e.label == null) {
            e.label = known.label();
            e.labelEn = known.labelEn();
            e.country = "country".equals(known.kind()) ? null : known.country();
        }
        return e;
    }

    /** Forgets that an entity is named at {@code start} (a longer name there names another entity). */
    void unmention(String ref, int start) {
        Entity e = entities.get(ref);
        index.remove(ref, start);
        if (e != null) {
            e.mentions.remove(start);
            if (e.mentions.isEmpty() && e.label == null) {
                entities.remove(ref);
            }
        }
    }

    boolean has(String ref) {
        return entities.containsKey(ref);
    }

    Entity get(String ref) {
        return entities.get(ref);
    }

    /** Records that an entity is named at {@code [start, end)}. */
    void mention(String ref, Place known, int start, int end) {
        entity(ref, known).mentions.putIfAbsent(start, new int[] {start, end});
        index.add(ref, start, end);
    }

    /** A fact id not used yet in this article, made from a stem ({@code visit-joe-biden-2023-09}). */
    String id(String stem) {
        String base = stem.replaceAll("[^a-z0-9-]+", "-").replaceAll("-+", "-").replaceAll("^-|-$", "");
        String id = base;
        for (int n = 2; !ids.add(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** The official or organization named at {@code start} (a mention starting there), or {@code null}. */
    String speakerAt(int start) {
        return index.startingIn(start, start + 1, MentionsLib::speaker).stream().map(MentionIndex.Named::ref)
                .findFirst().orElse(null);
    }

    /** The mentions ({@code [start, end]}) of officials and organizations that start in {@code [from, to)}. */
    List<int[]> speakerMentions(int from, int to) {
        return index.startingIn(from, to, MentionsLib::speaker).stream().map(n -> new int[] {n.start(), n.end()})
                .toList();
    }

    /** The ref of the first entity of the given kinds (ref prefixes) named in {@code [from, to)}, or {@code null}. */
    String firstIn(int from, int to, String... kinds) {
        return index.startingIn(from, to, ref -> MentionsLib.ofKind(ref, kinds)).stream()
                .map(MentionIndex.Named::ref).findFirst().orElse(null);
    }

    /** The ref of the last entity of the given kinds named in {@code [from, to)}, or {@code null}. */
    String lastIn(int from, int to, String... kinds) {
        List<MentionIndex.Named> found = index.inside(from, to, ref -> MentionsLib.ofKind(ref, kinds));
        return found.isEmpty() ? null : found.get(found.size() - 1).ref();
    }

    /**
     * The partner named last in {@code [from, to)}: a country other than Vietnam, or an international body (an
     * organization of the reference data that belongs to no country); {@code null} when there is none.
     */
    String lastPartnerIn(int from, int to) {
        List<MentionIndex.Named> found = index.inside(from, to, this::isPartner);
        return found.isEmpty() ? null : found.get(found.size() - 1).ref();
    }

    /** Whether a ref is a partner of Vietnam's: another country, or an international body of the reference data. */
    boolean isPartner(String ref) {
        return ref.startsWith("country/") && !ref.equals("country/vn") || international.contains(ref);
    }

    /** The distinct refs of the given kinds named in {@code [from, to)}, in text order. */
    List<String> allIn(int from, int to, String... kinds) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        index.startingIn(from, to, ref -> MentionsLib.ofKind(ref, kinds)).forEach(n -> distinct.add(n.ref()));
        return List.copyOf(distinct);
    }

    /** The country a country, locality or body belongs to, as far as the draft knows. */
    String countryOf(String ref) {
        if (ref == null || ref.startsWith("country/")) {
            return ref;
        }
        Entity e = entities.get(ref);
        return e == null ? null : e.country;
    }

    void add(Fact fact) {
        facts.add(fact);
    }

    List<Fact> facts() {
        return facts;
    }

    /** Evidence for the text {@code [start, end)}. */
    Evidence evidence(int start, int end) {
        return new Evidence(layout.codePoint(start), layout.codePoint(end), layout.text().substring(start, end));
    }

    static BigDecimal confidence(String value) {
        return new BigDecimal(value);
    }

    /**
     * The entities in the format's form, in the order they were first met (a body only a title implies, such as the
     * ministry of "Bộ trưởng Ngoại giao", has no mention).
     */
    List<EntityAnnotation> entityAnnotations() {
        List<EntityAnnotation> out = new ArrayList<>();
        for (Entity e : entities.values()) {
            List<Mention> mentions = e.mentions.values().stream().sorted(Comparator.comparingInt(m -> m[0]))
                    .map(m -> new Mention(layout.codePoint(m[0]), layout.codePoint(m[1]),
                            layout.text().substring(m[0], m[1])))
                    .toList();
            out.add(new EntityAnnotation(e.ref, e.label, e.labelEn, List.copyOf(e.altLabels), null,
                    e.country == null ? List.of() : List.of(e.country.split("\\|")), mentions));
        }
        return out;
    }
}
