package org.vndiplomacy.kg.bench;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The serving part of the report: the loads side by side, then each query on its own. */
final class ServingReport {

    private final BenchContext context;

    ServingReport(BenchContext context) {
        this.context = context;
    }

    String markdown() {
        List<ServingPhase.Server> servers = context.servers;
        if (servers.isEmpty()) {
            return "";
        }
        ServingPhase.Server ours = servers.get(0);
        ServingPhase.Server other = servers.size() > 1 ? servers.get(1) : null;
        StringBuilder out = new StringBuilder("#### SPARQL serving\n\n");
        out.append(String.format(Locale.ROOT, "Each level: %d s of requests from that many clients, each asking "
                + "its next query (drawn at random from the mix below, its parameter too) as soon as it has the "
                + "answer to the last; p50 and p99 over the answered requests. Ratios are ours ÷ %s: above 1 is "
                + "better for throughput, below 1 better for latency.%n%n", context.settings.duration().toSeconds(),
                other == null ? "–" : other.name()));
        String o = other == null ? "other" : other.name();
        MarkdownTable table = new MarkdownTable(">clients", ">ours q/s", ">ours p50 ms", ">ours p99 ms",
                ">" + o + " q/s", ">" + o + " p50 ms", ">" + o + " p99 ms", ">q/s ratio", ">p50 ratio", ">p99 ratio",
                ">failed (ours, " + o + ")");
        for (int i = 0; i < ours.loads().size(); i++) {
            LatencyStats a = ours.loads().get(i).stats();
            LoadRun.Result b = other == null ? null : other.loads().get(i);
            LatencyStats bs = b == null ? null : b.stats();
            table.row(ours.loads().get(i).clients(), BenchReport.decimal(a.throughput(), 1),
                    BenchReport.decimal(a.p50Ms(), 1), BenchReport.decimal(a.p99Ms(), 1),
                    bs == null ? "–" : BenchReport.decimal(bs.throughput(), 1),
                    bs == null ? "–" : BenchReport.decimal(bs.p50Ms(), 1),
                    bs == null ? "–" : BenchReport.decimal(bs.p99Ms(), 1),
                    bs == null ? "–" : BenchReport.ratio(a.throughput(), bs.throughput()),
                    bs == null ? "–" : BenchReport.ratio(a.p50Ms(), bs.p50Ms()),
                    bs == null ? "–" : BenchReport.ratio(a.p99Ms(), bs.p99Ms()),
                    ours.loads().get(i).failed() + ", " + (b == null ? "–" : b.failed()));
        }
        out.append(table);
        out.append('\n');
        for (ServingPhase.Server server : servers) {
            out.append(String.format(Locale.ROOT, "- %s: peak RSS %,d MiB; %s quads in the project's graphs%s%n",
                    server.name(), Math.round(server.peakRssKib() / 1024.0),
                    server.storedQuads() < 0 ? "?" : BenchReport.count(server.storedQuads()), failures(server)));
        }
        out.append('\n').append(perQuery(ours, other));
        return out.toString();
    }

    private static String failures(ServingPhase.Server server) {
        Map<String, Integer> failed = new java.util.TreeMap<>();
        server.loads().forEach(load -> load.failures().forEach((q, n) -> failed.merge(q, n, Integer::sum)));
        return failed.isEmpty() ? "" : "; failed under load: " + failed;
    }

    private String perQuery(ServingPhase.Server ours, ServingPhase.Server other) {
        Map<String, QueryPass.Timing> theirs = other == null ? Map.of() : other.pass().stream()
                .collect(Collectors.toMap(QueryPass.Timing::query, Function.identity()));
        String o = other == null ? "other" : other.name();
        MarkdownTable table = new MarkdownTable("query", ">rows, ours", ">rows, " + o, ">ours ms", ">" + o + " ms",
                ">ours ÷ " + o);
        for (QueryPass.Timing mine : ours.pass()) {
            QueryPass.Timing their = theirs.get(mine.query());
            table.row(mine.query(), rows(mine), their == null ? "not sent" : rows(their), ms(mine),
                    their == null ? "–" : ms(their), their == null ? "–" : BenchReport.ratio(mine.medianMs(),
                            their.medianMs()));
        }
        String intro = String.format(Locale.ROOT, "Each query on its own, one request at a time, %d runs with "
                + "different parameters (the same on both servers); the median time (a ratio below 1: ours is "
                + "faster); the rows of each run (\"≠\" where the servers' rows differ).%n%n",
                context.settings.runsPerQuery());
        return intro + markMismatches(table, ours, theirs) + "\n";
    }

    private static String markMismatches(MarkdownTable table, ServingPhase.Server ours,
            Map<String, QueryPass.Timing> theirs) {
        String text = table.toString();
        for (QueryPass.Timing mine : ours.pass()) {
            QueryPass.Timing their = theirs.get(mine.query());
            if (their != null && mine.ok() && their.ok() && !mine.rows().equals(their.rows())) {
                text = text.replace("| " + mine.query() + " |", "| " + mine.query() + " ≠ |");
            }
        }
        return text;
    }

    private static String rows(QueryPass.Timing timing) {
        if (!timing.ok()) {
            return timing.rows().isEmpty() ? "failed" : timing.rows() + " then failed";
        }
        boolean same = timing.rows().stream().distinct().count() == 1;
        return same ? BenchReport.count(timing.rows().get(0)) : timing.rows().stream().map(BenchReport::count)
                .collect(Collectors.joining(" / "));
    }

    private static String ms(QueryPass.Timing timing) {
        return timing.ok() ? BenchReport.decimal(timing.medianMs(), 1) : "failed: " + timing.failure();
    }
}
