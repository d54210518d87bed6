package org.vndiplomacy.kg.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.vndiplomacy.kg.convert.OntologyFiles;
import org.vndiplomacy.kg.validate.KnownTerms;

/** The world of a seed: its pools, built from the reference data and the gazetteer files. */
class WorldBuilderTest {

    private static KnownTerms terms;
    private static CorpusWorld world;

    @BeforeAll
    static void build() throws Exception {
        OntologyFiles ontology = OntologyFiles.read(Path.of("ontology"));
        terms = ontology.knownTerms();
        world = WorldBuilder.build(ontology.reference(), 7);
    }

    private static List<Official> officials() {
        List<Official> all = new ArrayList<>(world.nationalOfficials().items());
        world.provincialOfficials().values().forEach(p -> all.addAll(p.items()));
        world.foreignOfficials().values().forEach(p -> all.addAll(p.items()));
        return all;
    }

    @Test
    void pools_countriesProvincesAndOfficials_haveTheirSizes() {
        assertEquals(194, world.partners().items().size());
        assertEquals(63, world.provinces().items().size());
        assertEquals("locality/ha-noi", world.provinces().items().get(0).ref());
        assertEquals("country/cn", world.partners().items().get(0).ref());
        assertEquals(100, world.counterparts().items().size());
        int provincial = world.provincialOfficials().values().stream().mapToInt(p -> p.items().size()).sum();
        int foreign = world.foreignOfficials().values().stream().mapToInt(p -> p.items().size()).sum();
        assertEquals(List.of(1032, 63 * 16, 663, 2703), List.of(world.nationalOfficials().items().size(), provincial,
                foreign, officials().size()));
    }

    @Test
    void officials_everyOne_hasAKnownRoleADistinctRefAndNamesItsBodiesByKnownRefs() {
        Set<String> refs = new HashSet<>();
        for (Official o : officials()) {
            assertTrue(terms.hasConcept("Role", o.role()), o.role() + " of " + o.name());
            assertTrue(refs.add(o.ref()), "two officials are " + o.ref());
            assertTrue(Normalizer.isNormalized(o.title().text() + o.name(), Normalizer.Form.NFC), o.name());
            if (o.organization() != null) {
                world.entity(o.organization());
            }
            for (Phrase.Name n : o.title().names()) {
                world.entity(n.ref());
                assertEquals(n.text(), o.title().text().substring(n.start(), n.end()), o.title().text());
            }
        }
    }

    @Test
    void officials_postsOfOneHolderAtATime_splitTheYears() {
        List<Official> primeMinisters = world.nationalByRole().get("PrimeMinister");
        assertEquals(2, primeMinisters.size());
        assertEquals(List.of(2015, 2019), List.of(primeMinisters.get(0).from(), primeMinisters.get(0).to()));
        assertEquals(List.of(2020, 2025), List.of(primeMinisters.get(1).from(), primeMinisters.get(1).to()));
        Official deputy = world.nationalByRole().get("DeputyPrimeMinister").get(0);
        assertEquals(List.of(2015, 2025), List.of(deputy.from(), deputy.to()));
    }

    @Test
    void holder_onADayOfTheTerms_theOneInOffice_outsideThemAnyHolder() {
        List<Official> primeMinisters = world.nationalByRole().get("PrimeMinister");
        assertEquals(primeMinisters.get(1), world.holder(new SplittableRandom(1), LocalDate.of(2023, 5, 1),
                "PrimeMinister"));
        assertTrue(primeMinisters.contains(world.holder(new SplittableRandom(1), LocalDate.of(2014, 12, 30),
                "PrimeMinister")));
    }

    @Test
    void officials_titles_nameTheirBodyTheFirstTime() {
        Official minister = world.nationalByRole().get("MinisterOfPlanningAndInvestment").get(0);
        assertEquals("Bộ trưởng Bộ Kế hoạch và Đầu tư", minister.title().text());
        assertEquals("Bộ trưởng Kế hoạch và Đầu tư", minister.shortTitle().text());
        assertEquals(List.of(new Phrase.Name(10, 31, "organization/bo-ke-hoach-va-dau-tu", "Bộ Kế hoạch và Đầu tư")),
                minister.title().names());
        Official chair = world.provincialOfficials().get("locality/ho-chi-minh").items().get(1);
        assertEquals("Chủ tịch UBND thành phố Hồ Chí Minh", chair.title().text());
        assertEquals(List.of(new Phrase.Name(9, 35, "organization/ubnd-thanh-pho-ho-chi-minh",
                "UBND thành phố Hồ Chí Minh"), new Phrase.Name(14, 35, "locality/ho-chi-minh",
                "thành phố Hồ Chí Minh")), chair.title().names());
    }

    @Test
    void build_sameSeed_sameWorld_otherSeedOtherNames() throws Exception {
        OntologyFiles ontology = OntologyFiles.read(Path.of("ontology"));
        CorpusWorld again = WorldBuilder.build(ontology.reference(), 7);
        CorpusWorld other = WorldBuilder.build(ontology.reference(), 8);
        assertEquals(names(world), names(again));
        assertNotEquals(names(world), names(other));
    }

    private static List<String> names(CorpusWorld w) {
        return w.nationalOfficials().items().stream().map(Official::name).toList();
    }
}
