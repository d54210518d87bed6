package org.vndiplomacy.kg.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

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
        List<MemorySampler.Sample> samples = List.of(new MemorySampler.Sample(0, 1, 1, 0, 40L << 20),
                new MemorySampler.Sample(10, 1, 1, 0, (75L << 20) + 1), new MemorySampler.Sample(20, 1, 1, 0, -1),
                new MemorySampler.Sample(30, 1, 1, 0, 60L << 20));
        assertEquals(76, ScalingRun.liveHeapMib(samples));
        assertEquals(-1, ScalingRun.liveHeapMib(List.of(new MemorySampler.Sample(0, 1, 1, 0, -1))));
        assertEquals(-1, ScalingRun.liveHeapMib(List.of()));
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
