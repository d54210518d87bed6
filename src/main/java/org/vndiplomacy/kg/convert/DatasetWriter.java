package org.vndiplomacy.kg.convert;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.vndiplomacy.kg.vocab.Prefixes;

/**
 * Writes a dataset as TriG (with the project's prefixes) or N-Quads (lines sorted), the same bytes for the same
 * dataset on every run.
 */
public final class DatasetWriter {

    /** The formats {@code convert} writes. */
    public enum Format {
        TRIG, NQUADS;

        /** Reads {@code trig}, {@code nquads} or {@code nq}, any case. */
        public static Format parse(String name) {
            return switch (name.toLowerCase(Locale.ROOT)) {
                case "trig" -> TRIG;
                case "nquads", "nq", "n-quads" -> NQUADS;
                default -> throw new IllegalArgumentException(
                        "unknown format \"" + name + "\" (expected trig or nquads)");
            };
        }
    }

    public void write(Dataset dataset, Format format, OutputStream out) throws IOException {
        if (format == Format.TRIG) {
            dataset.getDefaultModel().setNsPrefixes(Prefixes.MAPPING);
            RDFDataMgr.write(out, dataset, RDFFormat.TRIG_BLOCKS);
            return;
        }
        ByteArrayOutputStream buffer = new ByteArrayOutputStream();
        RDFDataMgr.write(buffer, dataset, RDFFormat.NQUADS_UTF8);
        String[] lines = buffer.toString(StandardCharsets.UTF_8).split("\n");
        Arrays.sort(lines);
        for (String line : lines) {
            if (!line.isEmpty()) {
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
    }
}
