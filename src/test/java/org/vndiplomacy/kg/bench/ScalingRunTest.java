package org.vndiplomacy.kg.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScalingRunTest {

    @Test
    void heapUse_g1PauseLines_maxBeforeMaxAfterAndCount() {
        List<String> log = List.of(
                "[0.012s][info][gc] Using G1",
                "[1.532s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 51M->12M(1024M) 8.123ms",
                "[3.004s][info][gc] GC(1) Pause Young (Concurrent Start) (G1 Humongous Allocation) 420M->97M(1024M) "
                        + "20.5ms",
                "[3.010s][info][gc] GC(2) Concurrent Mark Cycle",
                "[3.500s][info][gc] GC(2) Pause Remark 130M->88M(1024M) 3.1ms",
                "[4.700s][info][gc] GC(3) Pause Full (G1 Compaction Pause) 300M->60M(1024M) 90.0ms");
        assertArrayEquals(new long[] {420, 97, 4}, ScalingRun.heapUse(log));
    }

    @Test
    void heapUse_noCollection_zeros() {
        assertArrayEquals(new long[] {0, 0, 0}, ScalingRun.heapUse(List.of("[0.012s][info][gc] Using G1")));
    }

    @Test
    void liveHeapMib_theLargestSampledHeapRoundedUp_orMinusOne() {
        List<MemorySampler.Sample> samples = List.of(heap(0, 40L << 20), heap(10, (75L << 20) + 1), heap(20, -1),
                heap(30, 60L << 20));
        assertEquals(76, ScalingRun.liveHeapMib(samples));
        assertEquals(-1, ScalingRun.liveHeapMib(List.of(heap(0, -1))));
        assertEquals(-1, ScalingRun.liveHeapMib(List.of()));
    }

    @Test
    void writeLive_samples_oneRowEachInMibWithUnknownsLeftEmpty(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("live-heap-10.tsv");
        ScalingRun.writeLive(file, List.of(new MemorySampler.Sample(0.5, 2048, 1024, 1024, 40L << 20, 1),
                new MemorySampler.Sample(10.25, -1, -1, -1, -1, -1)));
        assertEquals("seconds\tlive_heap_mib\trss_mib\n0.5\t40.0\t2.0\n10.3\t\t\n", Files.readString(file));
    }

    private static MemorySampler.Sample heap(double at, long bytes) {
        return new MemorySampler.Sample(at, 1, 1, 0, bytes, 1);
    }

    @Test
    void report_liveHeapOfEachSize_itsGrowth_orNotSampled() {
        ScalingRun run = new ScalingRun(Path.of("."), Path.of("w"), Path.of("kg.jar"), "java", "1g", 42,
                Duration.ofHours(1), new PrintWriter(new StringWriter()));
        MachineInfo machine = new MachineInfo("cpu", "8Gi", "os", "java 17");
        ScalingRun.Point small = new ScalingRun.Point(1000, 50, 1_000_000, 20.0, 1024 * 900, 240, 40, 100, 40, 3);
        ScalingRun.Point large = new ScalingRun.Point(10000, 500, 10_000_000, 200.0, 1024 * 5000, 300, 130, 900, 50,
                20);
        String report = run.report(List.of(small, large), machine, "0.5", "1.5");
        assertTrue(report.contains("| 1,000 | 50 | 1,000,000 | 20.0 | 50,000 | 20.0 | 40 (3 samples) | 40 | 240 | 100 "
                + "| 900 |\n"), report);
        assertTrue(report.contains("- Build time against quads, least squares: 0.0 s + 20.000 s per million quads "
                + "(R² = 1.0000 over 2 sizes).\n"), report);
        assertTrue(report.contains("- Live heap (in use after a full GC every 10 s), largest sample: 40 MiB at 1,000 "
                + "articles, 50 MiB at 10,000 articles (+25%), with the same -Xmx1g for every size.\n"), report);
        ScalingRun.Point unsampled = new ScalingRun.Point(10000, 500, 10_000_000, 200.0, 1024 * 5000, 300, 130, 900,
                -1, 0);
        String without = run.report(List.of(small, unsampled), machine, "0.5", "1.5");
        assertTrue(without.contains("| 10,000 | 500 | 10,000,000 | 200.0 | 50,000 | 20.0 | not sampled | 130 | 300 "
                + "| 900 | 5,000 |\n"), without);
        assertTrue(without.contains("- Live heap: not sampled at every size (see the notes of the run).\n"), without);
    }

    @Test
    void fit_pointsOnALine_itsSlopeInterceptAndR2One() {
        ScalingRun.Fit fit = ScalingRun.fit(new double[] {1, 2, 4}, new double[] {5, 7, 11});
        assertEquals(2.0, fit.slope(), 1e-12);
        assertEquals(3.0, fit.intercept(), 1e-12);
        assertEquals(1.0, fit.r2(), 1e-12);
    }

    @Test
    void fit_scatteredPoints_r2BelowOne() {
        ScalingRun.Fit fit = ScalingRun.fit(new double[] {1, 2, 3, 4}, new double[] {1, 3, 2, 4});
        assertEquals(0.8, fit.slope(), 1e-12);
        assertEquals(0.5, fit.intercept(), 1e-12);
        assertEquals(0.64, fit.r2(), 1e-12);
    }

    @Test
    void updateSection_replacesItsBlockOnly_orAddsItBeforeTheEnd() {
        String doc = "# B\n\n<!-- bench:scaling -->\nold\n<!-- /bench:scaling -->\n\ntail\n";
        assertEquals("# B\n\n<!-- bench:scaling -->\nnew\n<!-- /bench:scaling -->\n\ntail\n",
                BenchmarkDoc.updateSection(doc, "scaling", "new\n"));
        assertEquals("# B\n\n<!-- bench:scaling -->\nnew\n<!-- /bench:scaling -->\n\n<!-- bench:end -->\n",
                BenchmarkDoc.updateSection("# B\n\n<!-- bench:end -->\n", "scaling", "new"));
    }
}
