package org.vndiplomacy.kg.cli;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;
import org.vndiplomacy.kg.convert.DatasetWriter;
import org.vndiplomacy.kg.store.StoreConfig;
import org.vndiplomacy.kg.store.StoreFixture;
import org.vndiplomacy.kg.store.StoreLayout;

/**
 * What a store answers, read as {@code query} reads it (TDB2 with its text index, as the configuration assembles
 * them): the quads of each named graph, a text search for each of some phrases, and the SHA-256 of every quad's
 * N-Quads line, sorted (equal for equal content, whatever the files look like). Read in the test's JVM: a test that
 * mounts the store's file system reads a copy of the store instead, so that it maps none of the mounted files.
 */
record StoreAnswers(String graphs, List<String> searches, String content) {

    private static final String PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } "
            + "GROUP BY ?g ORDER BY ?g";

    /** Reads the answers of the store in {@code db}, searching for each phrase (words, as a phrase query). */
    static StoreAnswers read(Path db, Path config, List<String> phrases) throws Exception {
        StoreLayout layout = new StoreLayout(db);
        Dataset dataset = StoreConfig.read(config, layout).assemble();
        try {
            return Txn.calculateRead(dataset, () -> {
                List<String> searches = new ArrayList<>();
                for (String phrase : phrases) {
                    searches.add(phrase + " -> " + select(dataset, "PREFIX text: <http://jena.apache.org/text#> "
                            + "SELECT DISTINCT ?s WHERE { ?s text:query '\"" + phrase + "\"' } ORDER BY ?s"));
                }
                return new StoreAnswers(select(dataset, PER_GRAPH), searches, content(dataset));
            });
        } finally {
            dataset.close();
            StoreFixture.release(layout);
        }
    }

    private static String select(Dataset dataset, String query) {
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ResultSetFormatter.outputAsCSV(out, execution.execSelect());
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static String content(Dataset dataset) {
        DatasetWriter.Lines lines = new DatasetWriter.Lines();
        List<String> all = new ArrayList<>();
        dataset.asDatasetGraph().find().forEachRemaining(quad -> all.add(lines.line(quad)));
        all.sort(null);
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String line : all) {
                digest.update(line.getBytes(StandardCharsets.UTF_8));
                digest.update((byte) '\n');
            }
            return all.size() + " quads, sha256 " + HexFormat.of().formatHex(digest.digest());
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
