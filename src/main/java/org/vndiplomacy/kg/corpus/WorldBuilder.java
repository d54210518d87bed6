package org.vndiplomacy.kg.corpus;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.apache.jena.rdf.model.Model;
import org.vndiplomacy.kg.extract.GazetteerReader;

/**
 * Builds the world of a seed from the reference data (countries, organizations), the gazetteer files (provinces,
 * foreign places, titles) and the seed (officials' names, policy documents, figures).
 */
public final class WorldBuilder {

    /** Vietnam's main partners, most written about first; the other countries follow in the order of their codes. */
    private static final List<String> PARTNERS = List.of("cn", "us", "jp", "kr", "ru", "in", "au", "fr", "de", "gb",
            "sg", "th", "la", "kh", "id", "my", "ph", "it", "ca", "nz", "nl", "br", "cu", "il", "ae", "sa", "tr", "ch",
            "be", "es", "se", "no", "dk", "fi", "pl", "cz", "hu", "at", "mx", "cl", "ar", "za", "eg", "ng", "mm", "bn",
            "tl", "mn", "kz", "uz", "bd", "pk", "lk", "ir", "qa", "kw", "ua", "by", "pt", "gr", "ie", "ro", "bg");
    private static final List<String> PROVINCES = List.of("ha-noi", "ho-chi-minh", "da-nang", "hai-phong",
            "can-tho", "binh-duong", "dong-nai", "bac-ninh", "quang-ninh", "ba-ria-vung-tau", "long-an", "hai-duong",
            "thanh-hoa", "nghe-an", "khanh-hoa", "thua-thien-hue", "lao-cai", "lang-son", "quang-nam", "bac-giang");
    private static final List<String> INTERNATIONALS = List.of("asean", "un", "eu", "apec", "wto", "world-bank",
            "imf", "adb", "g20", "unesco", "undp", "who", "oecd", "wef", "aipa", "asem", "mekong-cooperation");
    private static final int AMBASSADORS = 90;
    private static final int COUNTERPARTS = 100;
    private static final int DOCUMENTS = 400;

    private WorldBuilder() {
    }

    /** The world of a seed; the same reference data and seed give the same world. */
    public static CorpusWorld build(Model reference, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Entity> countries = ReferenceReader.countries(reference);
        Entity vietnam = countries.stream().filter(c -> c.ref().equals("country/vn")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the reference data has no country/vn"));
        List<Entity> partners = ranked(countries.stream().filter(c -> c != vietnam).toList(), "country/", PARTNERS);
        List<Entity> organizations = ReferenceReader.organizations(reference);
        List<Entity> internationals = ranked(organizations.stream().filter(o -> o.country() == null).toList(),
                "organization/", INTERNATIONALS);
        Map<String, Entity> entities = new HashMap<>();
        countries.forEach(c -> entities.put(c.ref(), c));
        organizations.forEach(o -> entities.put(o.ref(), o));
        TitleBook titles = new TitleBook();
        List<Entity> bodies = titles.bodiesNamedByTitles(entities.keySet());
        bodies.forEach(b -> entities.put(b.ref(), b));
        NameIndex names = new NameIndex(new ArrayList<>(entities.values()).stream()
                .sorted(Comparator.comparing(Entity::ref)).toList());

        OfficialFactory factory = new OfficialFactory(random.split(), titles, names);
        List<TitleBook.Post> posts = titles.nationalPosts(names, ref -> ref.equals("country/vn")
                || (entities.containsKey(ref) && "country/vn".equals(entities.get(ref).country())),
                ref -> entities.containsKey(ref) ? entities.get(ref).label() : null);
        List<Official> national = factory.national(posts, vietnam, partners.subList(0, AMBASSADORS));
        national.forEach(o -> entities.put(o.ref(), o.entity()));

        List<Entity> provinces = provinces();
        provinces.forEach(p -> entities.put(p.ref(), p));
        Set<String> cities = GazetteerReader.table("provinces.tsv", 5).stream().filter(r -> r[3].equals("city"))
                .map(r -> r[0]).collect(Collectors.toSet());
        List<Entity> provincialBodies = new ArrayList<>();
        Map<String, ZipfPool<Official>> provincial = new LinkedHashMap<>();
        for (Entity province : provinces) {
            List<Official> leaders = factory.provincial(province, cities.contains(province.ref()), provincialBodies);
            leaders.forEach(o -> entities.put(o.ref(), o.entity()));
            provincial.put(province.ref(), new ZipfPool<>(leaders));
        }
        provincialBodies.forEach(b -> entities.put(b.ref(), b));

        Map<String, ZipfPool<Official>> foreign = new LinkedHashMap<>();
        for (int i = 0; i < COUNTERPARTS; i++) {
            List<Official> officials = factory.foreign(partners.get(i), vietnam, i < 10 ? 3 : i < 30 ? 2 : 1);
            officials.forEach(o -> entities.put(o.ref(), o.entity()));
            foreign.put(partners.get(i).ref(), new ZipfPool<>(officials));
        }
        Map<String, Entity> capitals = capitals();
        capitals.values().forEach(c -> entities.put(c.ref(), c));

        List<Entity> committees = provincialBodies.stream()
                .filter(b -> b.label().startsWith("Tỉnh ủy") || b.label().startsWith("Thành ủy")).toList();
        List<PolicyDocumentSpec> documents = PolicyDocumentSpec.make(random.split(), names, committees, DOCUMENTS);

        Map<String, Integer> ranks = new HashMap<>();
        for (int i = 0; i < partners.size(); i++) {
            ranks.put(partners.get(i).ref(), i + 1);
        }
        for (int i = 0; i < provinces.size(); i++) {
            ranks.put(provinces.get(i).ref(), i + 1);
        }
        return new CorpusWorld(seed, vietnam, new ZipfPool<>(partners),
                new ZipfPool<>(partners.subList(0, COUNTERPARTS)), new ZipfPool<>(provinces),
                new ZipfPool<>(internationals), new ZipfPool<>(national),
                national.stream().collect(Collectors.groupingBy(Official::role)), provincial, foreign, capitals,
                new ZipfPool<>(documents), entities, new MeasureBook(seed, ranks));
    }

    /** The entities with the given keys first, in that order, then the others in the order of their refs. */
    private static List<Entity> ranked(List<Entity> entities, String prefix, List<String> first) {
        List<Entity> ranked = new ArrayList<>();
        for (String key : first) {
            entities.stream().filter(e -> e.ref().equals(prefix + key)).forEach(ranked::add);
        }
        entities.stream().filter(e -> !ranked.contains(e)).sorted(Comparator.comparing(Entity::ref))
                .forEach(ranked::add);
        return ranked;
    }

    /** The 63 provinces and centrally-run cities, the most written about first. */
    private static List<Entity> provinces() {
        List<Entity> all = new ArrayList<>();
        for (String[] row : GazetteerReader.table("provinces.tsv", 5)) {
            List<String> forms = new ArrayList<>();
            forms.add(row[1]);
            forms.addAll(GazetteerReader.values(row[4]));
            all.add(new Entity(row[0], row[1], row[2].isBlank() ? null : row[2], "country/vn", false, forms));
        }
        List<Entity> ranked = new ArrayList<>();
        for (String key : PROVINCES) {
            all.stream().filter(p -> p.ref().equals("locality/" + key)).forEach(ranked::add);
        }
        all.stream().filter(p -> !ranked.contains(p)).forEach(ranked::add);
        return ranked;
    }

    /** The first place {@code foreign-places.tsv} lists for each country: its capital, or its best-known city. */
    private static Map<String, Entity> capitals() {
        Map<String, Entity> capitals = new HashMap<>();
        for (String[] row : GazetteerReader.table("foreign-places.tsv", 5)) {
            List<String> countries = GazetteerReader.values(row[3]);
            if (countries.size() == 1 && !capitals.containsKey(countries.get(0))) {
                capitals.put(countries.get(0), new Entity(row[0], row[1], row[2].isBlank() ? null : row[2],
                        countries.get(0), false, List.of(row[1])));
            }
        }
        return capitals;
    }
}
