package org.vndiplomacy.kg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code evaluate} compares the extractor with the curated annotations. On the five seeds it must reach the
 * project's targets for entities, positions, partnerships, visits and figures (precision at least 0.9, recall at
 * least 0.8); on the second evaluation set it prints its table whatever the figures.
 */
class EvaluateCommandTest {

    private static final List<String> ROWS = List.of("entities", "PositionHolding", "Partnership", "Visit", "Event",
            "Agreement", "PolicyDocument", "Observation", "overall", "targets (5 kinds)");

    private String out;

    private int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = MainCommand.run(new PrintWriter(o, true), new PrintWriter(e, true), args);
        out = o.toString();
        assertEquals("", e.toString());
        return code;
    }

    /** The table's rows: kind to {curated, extracted, found, precision, recall, F1}. */
    private Map<String, double[]> table() {
        Map<String, double[]> rows = new LinkedHashMap<>();
        for (String line : out.lines().toList()) {
            for (String kind : ROWS) {
                if (line.startsWith(kind + " ")) {
                    String[] cells = line.substring(kind.length()).trim().split("\\s+");
                    double[] values = new double[cells.length];
                    for (int i = 0; i < cells.length; i++) {
                        values[i] = Double.parseDouble(cells[i]);
                    }
                    rows.put(kind, values);
                }
            }
        }
        return rows;
    }

    @Test
    void evaluate_seeds_meetsTheTargetsForEachTargetKind() {
        assertEquals(0, run("evaluate", "--quiet"));
        Map<String, double[]> rows = table();
        assertEquals(ROWS, List.copyOf(rows.keySet()), out);
        for (String kind : EvaluateCommand.TARGET) {
            double[] r = rows.get(kind);
            assertTrue(r[3] >= 0.9 && r[4] >= 0.8, kind + ": precision " + r[3] + ", recall " + r[4] + "\n" + out);
        }
        assertTrue(out.startsWith("evaluated 5 article(s) with curated annotations"), out);
    }

    @Test
    void evaluate_secondSet_printsItsTableAndWhatWasMissed() {
        assertEquals(0, run("evaluate", "--seeds", "src/test/resources/evaluation"));
        Map<String, double[]> rows = table();
        assertEquals(ROWS, List.copyOf(rows.keySet()), out);
        double[] overall = rows.get("overall");
        assertEquals(overall[2] / overall[1], overall[3], 0.0005, "precision is found / extracted");
        assertEquals(overall[2] / overall[0], overall[4], 0.0005, "recall is found / curated");
        assertTrue(out.startsWith("evaluated 6 article(s) with curated annotations"), out);
        assertTrue(out.contains("\nevaluation/annotations/101_japan.json\n"), out);
        assertTrue(out.lines().anyMatch(l -> l.matches("  missed    \\S+ +.+")), out);
    }
}
