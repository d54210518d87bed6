package org.vndiplomacy.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The heap of another JVM: a real child JVM holding 64 MiB, attached to over JMX, its full GCs counted. */
class ServerHeapTest {

    private static final long MIB = 1 << 20;

    @Test
    void usedAfterGc_childHolding64MiB_aboutThatAfterEachFullGc() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms256m", "-Xmx256m", "-cp", System.getProperty("java.class.path"), HeapHolder.class.getName(),
                "64").redirectErrorStream(true).start();
        try {
            assertEquals("holding 64 MiB", new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8)).readLine());
            try (ServerHeap heap = ServerHeap.attachWhenReady(child.pid(), Duration.ofSeconds(30))) {
                for (int i = 0; i < 3; i++) {
                    long used = heap.usedAfterGc();
                    // the 64 MiB held, and what a small JVM keeps besides (classes' objects, the JMX agent)
                    assertTrue(used >= 64 * MIB && used < 64 * MIB + 24 * MIB, "after a full GC: " + used / MIB
                            + " MiB");
                }
                assertEquals(256 * MIB, heap.committed());
            }
        } finally {
            child.destroyForcibly().waitFor();
        }
    }

    @Test
    void attachWhenReady_endedProcess_saysSo() throws Exception {
        Process done = new ProcessBuilder("true").start();
        done.waitFor();
        IOException e = assertThrows(IOException.class,
                () -> ServerHeap.attachWhenReady(done.pid(), Duration.ofSeconds(5)));
        assertEquals("process " + done.pid() + " ended before it could be attached to", e.getMessage());
    }

    @Test
    void fullCollector_byTheNamesOfTheJdksCollectors() {
        assertEquals(Optional.of("G1 Old Generation"), ServerHeap.fullCollector(List.of("G1 Young Generation",
                "G1 Old Generation")));
        assertEquals(Optional.of("PS MarkSweep"), ServerHeap.fullCollector(List.of("PS Scavenge", "PS MarkSweep")));
        assertEquals(Optional.of("MarkSweepCompact"), ServerHeap.fullCollector(List.of("Copy", "MarkSweepCompact")));
        assertEquals(Optional.empty(), ServerHeap.fullCollector(List.of("ZGC Cycles", "ZGC Pauses")));
    }
}
