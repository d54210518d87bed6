package org.vndiplomacy.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The peak and current RSS of a process, read from its {@code /proc/PID/status}. */
class ProcStatusTest {

    private static final String STATUS = String.join("\n",
            "Name:\tjava",
            "State:\tS (sleeping)",
            "Pid:\t4242",
            "VmPeak:\t 9012344 kB",
            "VmSize:\t 8977064 kB",
            "VmHWM:\t  254592 kB",
            "VmRSS:\t  201336 kB",
            "RssAnon:\t  150200 kB",
            "RssFile:\t   51000 kB",
            "RssShmem:\t     136 kB",
            "Threads:\t42",
            "SigBlk:\t0000000000000000",
            "SigCgt:\t2000000181005ccf",
            "");

    @Test
    void peakRssKib_statusText_theVmHwmLine() {
        assertEquals(OptionalLong.of(254_592), ProcStatus.peakRssKib(STATUS));
    }

    @Test
    void rss_statusText_totalAnonymousAndFileBacked() {
        assertEquals(Optional.of(new ProcStatus.Rss(201_336, 150_200, 51_000)), ProcStatus.rss(STATUS));
        assertEquals(Optional.of(new ProcStatus.Rss(201_336, 150_200, -1)),
                ProcStatus.rss("Name:\tjava\nVmRSS:\t  201336 kB\nRssAnon:\t  150200 kB\n"));
        assertEquals(Optional.empty(), ProcStatus.rss("Name:\tjava\nState:\tZ (zombie)\n"));
        assertEquals(Optional.empty(), ProcStatus.rss(Long.MAX_VALUE));
    }

    @Test
    void caughtSignals_theSigCgtMask() {
        assertEquals(OptionalLong.of(0x2000000181005ccfL), ProcStatus.caughtSignals(STATUS));
        assertEquals(OptionalLong.of(0xffffffffffffffffL), ProcStatus.caughtSignals("SigCgt:\tffffffffffffffff\n"));
        assertEquals(OptionalLong.empty(), ProcStatus.caughtSignals("Name:\tjava\n"));
        assertEquals(OptionalLong.empty(), ProcStatus.caughtSignals(Long.MAX_VALUE));
    }

    @Test
    void rss_thisProcess_partsAddUpToAtMostTheTotal() {
        if (!Files.exists(Path.of("/proc/self/status"))) {
            return;
        }
        ProcStatus.Rss rss = ProcStatus.rss(ProcessHandle.current().pid()).orElseThrow();
        assertTrue(rss.anonKib() > 0 && rss.fileKib() > 0 && rss.anonKib() + rss.fileKib() <= rss.totalKib(),
                rss.toString());
    }

    @Test
    void peakRssKib_zombieWithoutMemoryLines_empty() {
        assertEquals(OptionalLong.empty(), ProcStatus.peakRssKib("Name:\tjava\nState:\tZ (zombie)\n"));
    }

    @Test
    void peakRssKib_thisProcess_aPositivePeakOnLinux() {
        if (!Files.exists(Path.of("/proc/self/status"))) {
            return;
        }
        OptionalLong peak = ProcStatus.peakRssKib(ProcessHandle.current().pid());
        assertTrue(peak.isPresent() && peak.getAsLong() > 0, "VmHWM of this JVM: " + peak);
    }

    @Test
    void peakRssKib_noSuchProcess_empty() {
        assertEquals(OptionalLong.empty(), ProcStatus.peakRssKib(Long.MAX_VALUE));
    }
}
