package org.vndiplomacy.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The settings of a run, checked when made, and the commands they make for the JVMs a run starts. */
class BenchSettingsTest {

    private static final Path ROOT = Path.of("/home/me/kg");

    private static BenchSettings settings(Set<String> skip, String heap) {
        return new BenchSettings(1000, 42, Duration.ofSeconds(20), List.of(1, 4, 8), 3, 20, ROOT,
                ROOT.resolve("target/bench"), ROOT.resolve("target/bench-tools"), ROOT.resolve("target/kg.jar"),
                null, List.of("sequential"), 2, 340000, skip, "/jvm/bin/java", heap, Duration.ofHours(1));
    }

    @Test
    void project_withHeap_javaXmxJar() {
        Command command = settings(Set.of(), "8g").project("build", "--db", ROOT.resolve("target/bench/db-ours"));
        assertEquals("java -Xmx8g -jar target/kg.jar build --db target/bench/db-ours",
                command.shown(ROOT, "/jvm/bin/java"));
    }

    @Test
    void jena_withHeap_theSameLimitThroughJvmArgs() {
        Command command = settings(Set.of(), "8g").jena("riot", "--count", "x.nq");
        assertEquals(Map.of("JVM_ARGS", "-Xmx8g"), command.env());
        assertEquals(ROOT.resolve("target/bench-tools/apache-jena-5.6.0/bin/riot").toString(), command.args().get(0));
        assertTrue(settings(Set.of(), null).jena("riot").env().isEmpty(), "no heap: the script's own default");
    }

    @Test
    void constructor_unknownPartOrBadHeap_refusedWithTheValue() {
        IllegalArgumentException part = assertThrows(IllegalArgumentException.class,
                () -> settings(Set.of("rdf4j"), null));
        assertTrue(part.getMessage().contains("'rdf4j'"), part.getMessage());
        IllegalArgumentException heap = assertThrows(IllegalArgumentException.class,
                () -> settings(Set.of(), "eight gigs"));
        assertTrue(heap.getMessage().contains("'eight gigs'"), heap.getMessage());
    }
}
