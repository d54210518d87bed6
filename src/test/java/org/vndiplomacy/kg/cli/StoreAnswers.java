package org.vndiplomacy.kg.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
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
 * N-Quads line, sorted (equal for equal content, whatever the files look like). Run as a main class in a child JVM
 * for a store on a file system that a test mounts, so that the test's JVM maps none of its files and can unmount it.
 */
record StoreAnswers(String graphs, List<String> searches, String content) {

    private static final String PER_GRAPH = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } "
            + "GROUP BY ?g ORDER BY ?g";
    private static final String END = "--end--";

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

    /** Reads the answers in a child JVM (see the class comment). */
    static StoreAnswers readInChild(Path db, Path config, List<String> phrases) throws Exception {
        List<String> args = new ArrayList<>(List.of(db.toString(), config.toString()));
        args.addAll(phrases);
        Process child = new ProcessBuilder(ChildJvm.command(StoreAnswers.class, args))
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (child.waitFor() != 0) {
            throw new IllegalStateException("reading " + db + " failed: " + out);
        }
        List<String> parts = Arrays.asList(out.split(END + "\n", -1));
        return new StoreAnswers(parts.get(0), parts.subList(1, 1 + phrases.size()), parts.get(1 + phrases.size())
                .strip());
    }

    /** Arguments: the store folder, the configuration file, the phrases; prints the answers, parts apart. */
    public static void main(String[] args) throws Exception {
        StoreAnswers answers = read(Path.of(args[0]), Path.of(args[1]),
                Arrays.asList(args).subList(2, args.length));
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        out.print(answers.graphs() + END + "\n");
        for (String search : answers.searches()) {
            out.print(search + END + "\n");
        }
        out.print(answers.content() + "\n");
        out.flush();
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
