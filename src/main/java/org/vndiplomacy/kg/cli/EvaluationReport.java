package org.vndiplomacy.kg.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vndiplomacy.kg.extract.ExtractionEvaluator;

/** Prints the outcome of {@code evaluate}: a table of counts and scores per kind, then the details per article. */
final class EvaluationReport {

    private final Map<String, ExtractionEvaluator.Outcome> outcomes;

    EvaluationReport(Map<String, ExtractionEvaluator.Outcome> outcomes) {
        this.outcomes = outcomes;
    }

    void print(PrintWriter out, boolean details) {
        out.printf("evaluated %d article(s) with curated annotations%n%n", outcomes.size());
        out.printf("%-22s %8s %9s %6s %9s %7s %6s%n", "kind", "curated", "extracted", "found", "precision",
                "recall", "F1");
        long[] all = new long[3];
        long[] target = new long[3];
        for (String kind : ExtractionEvaluator.KINDS) {
            long[] c = counts(kind);
            row(out, kind, c);
            for (int i = 0; i < 3; i++) {
                all[i] += c[i];
                target[i] += EvaluateCommand.TARGET.contains(kind) ? c[i] : 0;
            }
        }
        row(out, "overall", all);
        row(out, "targets (5 kinds)", target);
        details(out);
        if (!details) {
            return;
        }
        for (Map.Entry<String, ExtractionEvaluator.Outcome> e : outcomes.entrySet()) {
            out.printf("%n%s%n", e.getKey());
            for (Map.Entry<String, ExtractionEvaluator.Tally> k : e.getValue().kinds().entrySet()) {
                list(out, "missed", k.getKey(), k.getValue().missed());
                list(out, "false hit", k.getKey(), k.getValue().extra());
            }
        }
    }

    /** How many of the figures found also have the curated period, area and approximation. */
    private void details(PrintWriter out) {
        StringBuilder line = new StringBuilder("figures found with the curated");
        String sep = " ";
        for (String d : ExtractionEvaluator.FIGURE_DETAILS) {
            int agree = 0;
            int total = 0;
            for (ExtractionEvaluator.Outcome o : outcomes.values()) {
                agree += o.figureDetails().get(d)[0];
                total += o.figureDetails().get(d)[1];
            }
            line.append(sep).append(d).append(' ').append(agree).append('/').append(total);
            sep = ", ";
        }
        out.println();
        out.println(line);
    }

    /** Curated, extracted, found. */
    private long[] counts(String kind) {
        long[] c = new long[3];
        for (ExtractionEvaluator.Outcome o : outcomes.values()) {
            ExtractionEvaluator.Tally t = o.kinds().get(kind);
            c[0] += t.found().size() + t.missed().size();
            c[1] += t.found().size() + t.extra().size();
            c[2] += t.found().size();
        }
        return c;
    }

    private static void row(PrintWriter out, String kind, long[] c) {
        double p = c[1] == 0 ? 1 : (double) c[2] / c[1];
        double r = c[0] == 0 ? 1 : (double) c[2] / c[0];
        double f = p + r == 0 ? 0 : 2 * p * r / (p + r);
        out.println(String.format(Locale.ROOT, "%-22s %8d %9d %6d %9.3f %7.3f %6.3f", kind, c[0], c[1], c[2], p, r, f));
    }

    private static void list(PrintWriter out, String what, String kind, List<String> items) {
        for (String item : items) {
            out.printf("  %-9s %-16s %s%n", what, kind, item);
        }
    }
}
