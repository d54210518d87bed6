package org.vndiplomacy.kg.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.vndiplomacy.kg.annotation.RefLib;

/**
 * Makes the officials of a world: each with a name no other official folds to, and one post. Vietnamese national
 * posts come from the titles file, in its order of roles, with more holders for deputies and members than for the
 * heads of state and government; then the provinces' leaders, ambassadors, and officials of other countries.
 */
final class OfficialFactory {

    private static final List<String> HEADS = List.of("PrimeMinister", "StatePresident", "GeneralSecretary",
            "ChairOfNationalAssembly", "PermanentDeputyPrimeMinister", "StateVicePresident",
            "ChairOfVietnamFatherlandFront", "MinisterOfForeignAffairs");
    private static final Map<String, Integer> MANY = Map.of("MemberOfNationalAssembly", 500,
            "MemberOfPartyCentralCommittee", 200, "MemberOfPolitburo", 14, "SecretaryOfThePartyCentralCommittee", 8,
            "DeputyPrimeMinister", 6, "ForeignMinistrySpokesperson", 3, "DeputyMinisterOfForeignAffairs", 8);

    /** A provincial post: the words before the body, the body in a province and in a city, the title in the file. */
    private record LocalPost(String before, String province, String city, int holders) {
    }

    private static final List<LocalPost> LOCAL_POSTS = List.of(
            new LocalPost("Bí thư", "Tỉnh ủy", "Thành ủy", 1),
            new LocalPost("Chủ tịch", "UBND tỉnh", "UBND thành phố", 2),
            new LocalPost("Chủ tịch", "HĐND tỉnh", "HĐND thành phố", 1),
            new LocalPost("Phó Bí thư", "Tỉnh ủy", "Thành ủy", 2),
            new LocalPost("Phó Chủ tịch Thường trực", "UBND tỉnh", "UBND thành phố", 1),
            new LocalPost("Phó Chủ tịch", "UBND tỉnh", "UBND thành phố", 3),
            new LocalPost("Giám đốc", "Sở Ngoại vụ", "Sở Ngoại vụ", 1),
            new LocalPost("Ủy viên Ban Thường vụ", "Tỉnh ủy", "Thành ủy", 3),
            new LocalPost("Phó Giám đốc", "Sở Ngoại vụ", "Sở Ngoại vụ", 2));

    /** Posts of other countries' officials: the words before the country, as the titles file writes them. */
    private static final List<String> FOREIGN_POSTS = List.of("Thủ tướng", "Ngoại trưởng", "Phó Thủ tướng",
            "Đại sứ");
    /** Heads of state: presidents of the party-led states, monarchs, and the Commonwealth realms' (none). */
    private static final List<String> STATE_PRESIDENTS = List.of("country/cn", "country/la", "country/cu");
    private static final List<String> MONARCHIES = List.of("country/gb", "country/th", "country/kh", "country/my",
            "country/bn", "country/nl", "country/be", "country/es", "country/se", "country/no", "country/dk",
            "country/sa", "country/qa", "country/kw", "country/bh", "country/om", "country/jo", "country/ma",
            "country/bt", "country/ae");
    private static final List<String> REALMS = List.of("country/au", "country/ca", "country/nz", "country/jm");
    /** Republics whose president heads the government: they have no prime minister. */
    private static final List<String> PRESIDENTIAL = List.of("country/us", "country/br", "country/mx", "country/ar",
            "country/cl", "country/co", "country/id", "country/ph", "country/ng", "country/za", "country/ke");

    private static final int FIRST_YEAR = 2015;
    private static final int LAST_YEAR = 2025;

    private final SplittableRandom random;
    private final TitleBook titles;
    private final NameIndex names;
    private final Set<String> refs = new HashSet<>();

    OfficialFactory(SplittableRandom random, TitleBook titles, NameIndex names) {
        this.random = random;
        this.titles = titles;
        this.names = names;
    }

    /** Vietnam's national officials, the most prominent posts first, then its ambassadors to {@code partners}. */
    List<Official> national(List<TitleBook.Post> posts, Entity vietnam, List<Entity> partners) {
        List<Official> officials = new ArrayList<>();
        List<TitleBook.Post> ordered = new ArrayList<>();
        HEADS.forEach(h -> posts.stream().filter(p -> p.role().equals(h)).forEach(ordered::add));
        posts.stream().filter(p -> !HEADS.contains(p.role()) && !MANY.containsKey(p.role())).forEach(ordered::add);
        posts.stream().filter(p -> MANY.containsKey(p.role()) && !HEADS.contains(p.role())).forEach(ordered::add);
        for (TitleBook.Post post : ordered) {
            int holders = MANY.getOrDefault(post.role(), HEADS.contains(post.role()) ? 2
                    : post.role().startsWith("Deputy") || post.role().startsWith("Vice") ? 5 : 2);
            for (int i = 0; i < holders; i++) {
                officials.add(vietnamese(names.scan(post.full()), names.scan(post.brief()), post.role(),
                        post.organization(), term(post.role(), i, holders)));
            }
        }
        String role = titles.role("Đại sứ Việt Nam");
        for (Entity partner : partners) {
            Phrase title = Phrase.concat(Phrase.of("Đại sứ "), Phrase.name(vietnam.ref(), vietnam.label()),
                    Phrase.of(" tại "), Phrase.name(partner.ref(), partner.label()));
            officials.add(vietnamese(title, Phrase.of("Đại sứ"), role, vietnam.ref(), term(role, 0, 1)));
        }
        return officials;
    }

    /** The leaders of one province, with the bodies their posts name (added to {@code bodies}). */
    List<Official> provincial(Entity province, boolean city, List<Entity> bodies) {
        List<Official> officials = new ArrayList<>();
        for (LocalPost post : LOCAL_POSTS) {
            String body = city ? post.city() : post.province();
            String unit = body.endsWith(" tỉnh") ? "tỉnh" : body.endsWith(" thành phố") ? "thành phố" : null;
            String prefix = unit == null ? body + " " : body.substring(0, body.length() - unit.length());
            Phrase bodyPhrase = Phrase.concat(Phrase.of(prefix), placeAfter(unit, province));
            String orgRef = "organization/" + RefLib.fold(bodyPhrase.text());
            if (bodies.stream().noneMatch(b -> b.ref().equals(orgRef))) {
                bodies.add(new Entity(orgRef, bodyPhrase.text(), null, "country/vn", false,
                        List.of(bodyPhrase.text())));
            }
            Phrase title = Phrase.concat(Phrase.of(post.before() + " "), Phrase.name(orgRef, bodyPhrase));
            String role = titles.role(post.before() + " " + body);
            for (int i = 0; i < post.holders(); i++) {
                officials.add(vietnamese(title, Phrase.of(post.before() + " " + body), role, orgRef,
                        term(role, i, post.holders())));
            }
        }
        return officials;
    }

    /**
     * The province's name after the body's words, with the unit word ("tỉnh", "thành phố") if the body has one:
     * "tỉnh Nghệ An", "thành phố Hà Nội"; in "thành phố Hồ Chí Minh" the unit word is part of the name.
     */
    private static Phrase placeAfter(String unit, Entity province) {
        String label = province.label();
        if (unit == null) {
            return Phrase.name(province.ref(), label);
        }
        if (label.startsWith("Thành phố ")) {
            return Phrase.name(province.ref(), unit + label.substring("Thành phố".length()));
        }
        return Phrase.concat(Phrase.of(unit + " "), Phrase.name(province.ref(), label));
    }

    /** Officials of another country: the head of state, heads of government, ministers and ambassadors. */
    List<Official> foreign(Entity country, Entity vietnam, int holders) {
        List<String> posts = new ArrayList<>();
        String head = headOfState(country.ref());
        if (head != null) {
            posts.add(head);
        }
        FOREIGN_POSTS.stream().filter(p -> !PRESIDENTIAL.contains(country.ref()) || !p.contains("Thủ tướng"))
                .forEach(posts::add);
        List<Official> officials = new ArrayList<>();
        for (String post : posts) {
            Phrase title = post.equals("Nhật hoàng") ? Phrase.of(post)
                    : Phrase.concat(Phrase.of(post + " "), Phrase.name(country.ref(), country.label()));
            if (post.equals("Đại sứ")) {
                title = title.then(" tại ").then(Phrase.name(vietnam.ref(), vietnam.label()));
            }
            for (int i = 0; i < holders; i++) {
                PersonNames.PersonName name = unique(() -> PersonNames.foreign(random, country.ref()));
                Entity person = person(name.full(), country.ref().equals("country/cn") ? null : name.full());
                int[] term = term(titles.role(post), i, holders);
                officials.add(new Official(person, title, Phrase.of(post), titles.role(post), country.ref(),
                        country.ref(), null, term[0], term[1]));
            }
        }
        return officials;
    }

    private static String headOfState(String country) {
        if (REALMS.contains(country)) {
            return null;
        }
        if (country.equals("country/jp")) {
            return "Nhật hoàng";
        }
        return STATE_PRESIDENTS.contains(country) ? "Chủ tịch nước" : MONARCHIES.contains(country) ? "Quốc vương"
                : "Tổng thống";
    }

    private Official vietnamese(Phrase title, Phrase brief, String role, String organization, int[] term) {
        boolean female = random.nextInt(100) < 27;
        PersonNames.PersonName name = unique(() -> PersonNames.vietnamese(random, female));
        String shortName = (female ? "bà " : "ông ") + name.given();
        return new Official(person(name.full(), english(RefLib.fold(name.full()))), title, brief, role, organization,
                "country/vn", shortName, term[0], term[1]);
    }

    /**
     * The years in office of the {@code i}-th of {@code holders} holders of a post: one after the other, splitting
     * 2015-2025, for a post one person holds at a time; all the years for deputies and members, who serve together.
     */
    static int[] term(String role, int i, int holders) {
        boolean together = role.startsWith("Deputy") || role.startsWith("Vice") || role.startsWith("Member")
                || role.equals("SecretaryOfThePartyCentralCommittee") || role.equals("ForeignMinistrySpokesperson");
        if (together || holders == 1) {
            return new int[] {FIRST_YEAR, LAST_YEAR};
        }
        int years = LAST_YEAR - FIRST_YEAR + 1;
        return new int[] {FIRST_YEAR + i * years / holders, FIRST_YEAR + (i + 1) * years / holders - 1};
    }

    private PersonNames.PersonName unique(Supplier<PersonNames.PersonName> maker) {
        for (int attempt = 0; attempt < 1000; attempt++) {
            PersonNames.PersonName name = maker.get();
            if (refs.add("official/" + RefLib.fold(name.full()))) {
                return name;
            }
        }
        throw new IllegalStateException("ran out of distinct names");
    }

    private static Entity person(String name, String english) {
        return new Entity("official/" + RefLib.fold(name), name, english, null, false, List.of(name));
    }

    /** A Vietnamese name in English: without diacritics ("Bùi Thanh Sơn" is "Bui Thanh Son"). */
    private static String english(String key) {
        StringBuilder out = new StringBuilder();
        for (String word : key.split("-")) {
            out.append(out.length() == 0 ? "" : " ").append(Character.toUpperCase(word.charAt(0)))
                    .append(word.substring(1));
        }
        return out.toString();
    }
}
