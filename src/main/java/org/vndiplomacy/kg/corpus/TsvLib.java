package org.vndiplomacy.kg.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** The tab-separated gazetteer files under {@code /extract/} on the class path (provinces, titles, places). */
final class TsvLib {

    private TsvLib() {
    }

    /** The rows after the header, NFC, each with at least {@code columns} cells. */
    static List<String[]> rows(String name, int columns) {
        InputStream in = TsvLib.class.getResourceAsStream("/extract/" + name);
        if (in == null) {
            throw new IllegalStateException("/extract/" + name + " is missing from the class path");
        }
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine();
            String line;
            int number = 1;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = Normalizer.normalize(line, Normalizer.Form.NFC).split("\t", -1);
                if (cells.length < columns) {
                    throw new IllegalStateException("/extract/" + name + ":" + number + ": " + cells.length
                            + " column(s); expected " + columns);
                }
                rows.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The values of a {@code |}-separated cell, without blanks. */
    static List<String> values(String cell) {
        List<String> values = new ArrayList<>();
        for (String value : cell.split("\\|")) {
            if (!value.isBlank()) {
                values.add(value.strip());
            }
        }
        return values;
    }
}
