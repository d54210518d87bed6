package org.vndiplomacy.kg.bench;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The figures of a run as Markdown: the scale and the machine, one table per part with ours ÷ theirs beside the raw
 * figures, the notes, and the commands as they were run.
 */
final class BenchReport {

    private final BenchContext context;

    BenchReport(BenchContext context) {
        this.context = context;
    }

    String markdown(MachineInfo machine, String date, String loadBefore, String loadAfter) {
        BenchSettings settings = context.settings;
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "### %,d articles (seed %d), %s%n%n", settings.articles(),
                settings.seed(), date));
        out.append("Scale: ").append(context.corpusLine).append(context.hasQuads()
                ? String.format(Locale.ROOT, "; %,d quads (the N-Quads of `convert`).%n%n", context.quads)
                : "; convert failed, so the quads were not counted.\n\n");
        out.append(String.format(Locale.ROOT, "Machine: %s; %s of memory (`free -h`); %s; %s. Load average %s at "
                + "the start, %s at the end (the machine is shared: read the ratios, not the raw figures).%n%n",
                machine.cpu(), machine.memory(), machine.os(), machine.java(), loadBefore, loadAfter));
        out.append(rates("Conversion, annotations to N-Quads", context.conversion));
        out.append(rates("Full build, annotations to a store ready to serve", context.build));
        out.append(new ServingReport(context).markdown());
        if (!context.notes.isEmpty()) {
            out.append("#### Notes\n\n");
            context.notes.forEach(note -> out.append("- ").append(note).append('\n'));
            out.append('\n');
        }
        out.append("#### Commands, as run from the project folder\n\n```sh\n");
        context.commands.forEach(command -> out.append(command).append('\n'));
        out.append("```\n");
        return out.toString();
    }

    private String rates(String title, List<Measurement> measurements) {
        if (measurements.isEmpty()) {
            return "";
        }
        Measurement ours = measurements.get(0);
        double base = ours.ok() && ours.quads() > 0 ? ours.rate() : Double.NaN;
        MarkdownTable table = new MarkdownTable("tool", ">quads", ">time (s)", ">quads/s", ">peak RSS (MiB)",
                ">ours ÷ this (rate)");
        for (Measurement m : measurements) {
            if (!m.ok()) {
                table.row(m.tool(), "–", "–", "–", "–", "failed");
                continue;
            }
            table.row(m.tool(), count(m.quads()), decimal(m.cost().seconds(), 1), count(Math.round(m.rate())),
                    count(Math.round(m.cost().peakRssMib())), ratio(base, m.rate()));
        }
        String details = measurements.stream()
                .map(m -> "- " + m.tool() + ": " + (m.ok() ? m.detail() : m.detail() + " — failed: " + m.failure()))
                .collect(Collectors.joining("\n"));
        return "#### " + title + "\n\n" + table + "\n" + details + "\n\n";
    }

    static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String decimal(double value, int places) {
        return Double.isNaN(value) ? "–" : String.format(Locale.ROOT, "%,." + places + "f", value);
    }

    /** {@code a ÷ b} to two places, or a dash when either is missing. */
    static String ratio(double a, double b) {
        if (Double.isNaN(a) || Double.isNaN(b) || b == 0) {
            return "–";
        }
        return String.format(Locale.ROOT, "%.2f", a / b);
    }
}
