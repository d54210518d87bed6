package org.vndiplomacy.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The short load test of {@code mvn verify}: {@code loadtest} from the jar, 8 clients for 10 s on the seed store
 * (which it builds first, the store being new), answers every request of every kind without an error and ends with
 * a flat idle heap after full GC; its exit code is 0 unless the RSS outside the heap grew, which a run this short
 * may show while the JIT's code is first made (flat RSS is shown by the 10-minute run); its report has every line
 * it promises, and {@code memory.tsv} every column. The server's query timeout is raised to
 * 120 s: 09 (all co-mentioned pairs) takes about a second alone, and many times that when eight clients share a
 * busy two-core machine; this test is about errors, not about the machine's speed.
 */
class LoadTestIT {

    private static final String NUMBER = "[0-9]+\\.[0-9]+";

    @TempDir
    Path dir;

    @Test
    void loadtest_seedStore_noErrorsEveryKindFlatMemory() throws Exception {
        Path db = dir.resolve("db");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                Path.of("target", "vn-diplomacy-kg.jar").toString(), "loadtest", "--duration", "10", "--db",
                db.toString(), "--work", dir.resolve("work").toString(), "--query-timeout", "120", "--heap", "512m");
        Path err = dir.resolve("err.txt");
        Path output = dir.resolve("out.txt");
        Process process = new ProcessBuilder(command).redirectOutput(output.toFile()).redirectError(err.toFile())
                .start();
        String out;
        try {
            assertTrue(process.waitFor(180, TimeUnit.SECONDS), "still running after 180 s: "
                    + Files.readString(output));
            out = Files.readString(output);
        } finally {
            // the server it started too, should the load test itself be stuck
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
        // 10 s is too short for the RSS to settle (the heap's pages and the JIT's code are still being touched): the
        // short run shows no errors and a flat heap after full GC; flat RSS is the 10-minute run's (RELIABILITY.md)
        boolean rssFlat = out.contains("\nmemory: flat (");
        assertEquals(rssFlat ? 0 : 1, process.exitValue(), out + Files.readString(err));
        assertEquals("", Files.readString(err));

        List<String> lines = out.lines().toList();
        List<String> expected = new ArrayList<>(List.of("loadtest: building the store first (log: " + dir
                .resolve("work/build.log") + ")", "loadtest: starting the server on http://127.0.0.1:PORT/ (log: "
                + dir.resolve("work/serve.log") + ")", "loadtest: warming up: one request of each of 23 kinds",
                "loadtest: 8 clients for 10 s"));
        assertEquals(expected, lines.subList(0, 4).stream().map(l -> l.replaceFirst(":[0-9]+/", ":PORT/")).toList());
        List<String> report = lines.subList(4, lines.size());
        assertEquals("load test: 8 clients for 10 s against http://127.0.0.1:PORT/ (serve over --db " + db
                + " --config fuseki-config/config.ttl --seeds seeds --ontology ontology)",
                report.get(0).replaceFirst(":[0-9]+/", ":PORT/"));
        assertEquals("warm-up: 23 requests (one of each kind), 0 errors, 0 stopped by the time limit",
                report.get(1));
        Matcher requests = Pattern.compile("requests: ([0-9,]+) in (" + NUMBER + ") s \\((" + NUMBER
                + ") requests/s\\)").matcher(report.get(2));
        assertTrue(requests.matches(), report.get(2));
        int total = Integer.parseInt(requests.group(1).replace(",", ""));
        assertEquals("errors: 0", report.get(3));
        assertEquals("queries stopped by the server's time limit (HTTP 503, not errors): 0", report.get(4));
        assertEquals("kinds answered at least once: 23 of 23", report.get(5));
        assertEquals("latency in ms, by kind                     requests errors timeouts   req/s       p50       p99"
                + "       max", report.get(6));

        List<String> kinds = new ArrayList<>(List.of("all"));
        try (Stream<Path> queries = Files.list(Path.of("queries"))) {
            queries.map(q -> q.getFileName().toString()).filter(n -> n.endsWith(".rq")).sorted()
                    .forEach(n -> kinds.add("sparql " + n.substring(0, n.length() - 3)));
        }
        kinds.addAll(List.of("page html", "page turtle", "search", "landing", "partner graph"));
        assertEquals(24, kinds.size());
        Pattern row = Pattern.compile("(.+?) +([0-9]+) +0 +0 +" + NUMBER + " +" + NUMBER + " +" + NUMBER + " +"
                + NUMBER);
        int sum = 0;
        for (int i = 0; i < kinds.size(); i++) {
            Matcher matcher = row.matcher(report.get(7 + i));
            assertTrue(matcher.matches(), report.get(7 + i));
            assertEquals(kinds.get(i), matcher.group(1));
            int count = Integer.parseInt(matcher.group(2));
            // the kinds are dealt in rounds, so each has its share of the requests, give or take one
            if (i == 0) {
                assertEquals(total, count);
            } else {
                assertTrue(Math.abs(count - total / 23.0) <= 1, report.get(7 + i));
                sum += count;
            }
        }
        assertEquals(total, sum);
        assertTrue(total >= 23, "fewer requests than kinds: " + total);
        List<String> memory = report.subList(7 + kinds.size(), report.size());
        assertTrue(memory.get(0).matches("server peak RSS: " + NUMBER + " MiB \\(VmHWM, from its start\\)"),
                memory.get(0));
        assertTrue(memory.get(1).matches("memory samples: [4-7] in the run, every 2 s, and one idle before and after"), memory.get(1));
        assertEquals("memory, the run's first fifth against its last (the idle heap: before the clients against "
                + "after):", memory.get(2));
        String figures = " +" + NUMBER + " MiB -> +" + NUMBER + " MiB  \\([+-]" + NUMBER + " MiB, [+-]" + NUMBER
                + "%; ";
        String medians = figures + "medians of [0-9]+ and [0-9]+ samples\\)";
        assertTrue(memory.get(3).matches("  RSS outside the heap" + medians), memory.get(3));
        assertTrue(memory.get(4).matches("  heap after full GC, idle" + figures + "before the clients started and "
                + "after they stopped\\)"), memory.get(4));
        double heapGrowth = Double.parseDouble(memory.get(4).replaceFirst(".*\\(([+-][0-9.,]+) MiB, .*", "$1")
                .replace(",", ""));
        assertTrue(heapGrowth <= 16, "the idle heap after full GC grew: " + memory.get(4));
        assertTrue(memory.get(5).matches("  heap after full GC, in load" + figures + "lowest of [0-9]+ and [0-9]+ "
                + "samples\\)"), memory.get(5));
        assertTrue(memory.get(6).matches("  RSS, anonymous" + medians), memory.get(6));
        assertTrue(memory.get(7).matches("  RSS, mapped files" + medians), memory.get(7));
        assertTrue(memory.get(8).matches("  RSS, all" + medians), memory.get(8));
        String tolerance = " (judged: the RSS outside the heap and the idle heap; tolerance: +10% or +16 MiB of heap, "
                + "+64 MiB of RSS, whichever is larger)";
        assertEquals(rssFlat ? "memory: flat" + tolerance : "memory: grew" + tolerance, memory.get(9));
        assertEquals(rssFlat ? "result: passed (0 errors, every kind answered, memory flat)"
                : "result: failed (0 errors, 0 kinds never answered, memory grew)", memory.get(10));
        assertEquals(11, memory.size(), out);
        List<String> table = Files.readAllLines(dir.resolve("work/memory.tsv"));
        assertEquals("seconds\trss_mib\tanon_mib\tfile_mib\toutside_heap_mib\theap_after_gc_mib\tidle", table.get(0));
        assertTrue(table.get(1).endsWith("\tyes") && table.get(table.size() - 1).endsWith("\tyes")
                && table.subList(2, table.size() - 1).stream().allMatch(line -> line.endsWith("\tno")), table.toString());
        assertTrue(table.stream().skip(1).allMatch(line -> line.split("\t").length == 7 && !line.contains("\t\t")),
                "every figure known: " + table);
    }

    @Test
    void loadtest_remoteHost_refusedBeforeAnythingRuns() throws IOException, InterruptedException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of("target", "vn-diplomacy-kg.jar").toString(), "loadtest", "--host", "192.0.2.1",
                "--db", dir.resolve("db").toString(), "--work", dir.resolve("work").toString())
                .redirectOutput(dir.resolve("out.txt").toFile()).redirectError(dir.resolve("err.txt").toFile()).start();
        try {
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "still running after 60 s");
        } finally {
            process.destroyForcibly();
        }
        String out = Files.readString(dir.resolve("out.txt"));
        String err = Files.readString(dir.resolve("err.txt"));
        assertEquals(ExitCodes.INVALID, process.exitValue());
        assertEquals("", out);
        assertEquals("error: --host: '192.0.2.1' is not this machine's loopback (127.0.0.1, localhost or ::1); the "
                + "load test sends requests to nothing else\n", err);
        assertTrue(!Files.exists(dir.resolve("db")) && !Files.exists(dir.resolve("work")));
    }
}
