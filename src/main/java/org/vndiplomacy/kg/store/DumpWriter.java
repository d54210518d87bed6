package org.vndiplomacy.kg.store;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.vndiplomacy.kg.convert.DatasetWriter;
import org.vndiplomacy.kg.validate.LineSorter;
import org.vndiplomacy.kg.vocab.Prefixes;

/**
 * Dumps of the whole store, gzipped, written graph by graph ({@link Session}): the default graph, then the named
 * graphs in the order of their names ({@link #GRAPH_ORDER}). The N-Quads dump has each graph's lines sorted (on disk
 * beyond a budget), so equal stores give equal bytes; the TriG dump has the graphs' triples in the order given. Each
 * file is written under a temporary name and moved into place, with {@code dumps.properties} (version, sizes, SHA-256
 * checksums) written last. The version is the day of the dump and the start of the N-Quads checksum, so the same
 * content keeps the same checksum. A build feeds a session as it loads ({@link GraphLoader}); {@link #write} reads a
 * store.
 */
public final class DumpWriter {

    /** The base name of the dump files. */
    public static final String NAME = "vn-diplomacy-kg";
    static final String MANIFEST = "dumps.properties";

    /** The order of the named graphs: IRIs by their text, then any other graph names. */
    public static final Comparator<Node> GRAPH_ORDER = Comparator.comparing((Node n) -> !n.isURI())
            .thenComparing(n -> n.isURI() ? n.getURI() : n.toString());

    /** One dump file. */
    public record Dump(String file, String mediaType, long bytes, String sha256) {
    }

    /** The dumps of a folder and their version. */
    public record Dumps(String version, List<Dump> files) {
    }

    /** Writes the dumps of {@code store} into {@code folder}, reading it in one read transaction. */
    public Dumps write(Dataset store, Path folder) throws IOException {
        Objects.requireNonNull(store, "store");
        DatasetGraph dsg = store.asDatasetGraph();
        try (Session session = open(folder)) {
            Txn.executeRead(store, () -> {
                session.graph(Quad.defaultGraphIRI, dsg.getDefaultGraph().find());
                List<Node> named = new ArrayList<>();
                dsg.listGraphNodes().forEachRemaining(named::add);
                named.sort(GRAPH_ORDER);
                for (Node graph : named) {
                    session.graph(graph, Iter.map(dsg.find(graph, Node.ANY, Node.ANY, Node.ANY), Quad::asTriple));
                }
            });
            return session.finish();
        }
    }

    /** Starts writing the dumps of {@code folder}; closing the session before {@link Session#finish} drops them. */
    public Session open(Path folder) throws IOException {
        Files.createDirectories(folder);
        return new Session(folder);
    }

    /** Dumps being written, graph by graph, from one thread. */
    public static final class Session implements AutoCloseable {
        private final Path folder;
        private final DumpFile nquads;
        private final DumpFile trig;
        private final StreamRDF trigStream;
        private final DatasetWriter.Lines lines = new DatasetWriter.Lines();
        private Node previous;
        private volatile boolean failed;

        private Session(Path folder) throws IOException {
            this.folder = folder;
            this.nquads = new DumpFile(folder, NAME + ".nq.gz", "application/n-quads");
            DumpFile second;
            try {
                second = new DumpFile(folder, NAME + ".trig.gz", "application/trig");
            } catch (IOException | RuntimeException e) {
                nquads.close();
                throw e;
            }
            this.trig = second;
            trigStream = StreamRDFWriter.getWriterStream(trig.out(), RDFFormat.TRIG_BLOCKS);
            trigStream.start();
            Prefixes.MAPPING.getNsPrefixMap().forEach(trigStream::prefix);
        }

        /**
         * Writes one graph: first the default graph ({@link Quad#defaultGraphIRI}), if at all, then named graphs in
         * {@link #GRAPH_ORDER}, each once; an {@link UncheckedIOException} when a file cannot be written.
         */
        public void graph(Node name, Iterator<Triple> triples) {
            checkOrder(name);
            try (LineSorter sorter = new LineSorter()) {
                while (triples.hasNext()) {
                    Quad quad = Quad.create(name, triples.next());
                    sorter.add(lines.line(quad));
                    trigStream.quad(quad);
                }
                OutputStream out = nquads.out();
                try (Stream<String> sorted = sorter.sorted()) {
                    for (Iterator<String> it = sorted.iterator(); it.hasNext(); ) {
                        out.write(it.next().getBytes(StandardCharsets.UTF_8));
                        out.write('\n');
                    }
                }
            } catch (IOException e) {
                failed = true;
                throw new UncheckedIOException("cannot write the dumps in " + folder, e);
            } catch (RuntimeException e) {
                failed = true;
                throw e;
            }
        }

        /** Whether writing a graph failed: the load that feeds this session then fails because of the dumps. */
        public boolean failed() {
            return failed;
        }

        /** Ends both files, moves them into place and writes the manifest. */
        public Dumps finish() throws IOException {
            trigStream.finish();
            List<Dump> files = List.of(nquads.finish(), trig.finish());
            String version = LocalDate.now(ZoneOffset.UTC) + "-" + files.get(0).sha256().substring(0, 8);
            Dumps dumps = new Dumps(version, files);
            writeManifest(folder, dumps);
            return dumps;
        }

        /** Drops the files unless {@link #finish} moved them into place. */
        @Override
        public void close() throws IOException {
            try {
                nquads.close();
            } finally {
                trig.close();
            }
        }

        private void checkOrder(Node name) {
            boolean dft = Quad.isDefaultGraph(name);
            if (dft ? previous != null : previous != null && !Quad.isDefaultGraph(previous)
                    && GRAPH_ORDER.compare(previous, name) >= 0) {
                throw new IllegalStateException("graph " + name + " dumped after " + previous);
            }
            previous = name;
        }
    }

    /** The dumps recorded in a folder, if any. */
    public static Optional<Dumps> read(Path folder) throws IOException {
        Path manifest = folder.resolve(MANIFEST);
        if (!Files.isRegularFile(manifest)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(manifest, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        List<Dump> files = new ArrayList<>();
        for (int i = 0; p.containsKey("file." + i); i++) {
            files.add(new Dump(p.getProperty("file." + i), p.getProperty("mediaType." + i),
                    Long.parseLong(p.getProperty("bytes." + i)), p.getProperty("sha256." + i)));
        }
        return Optional.of(new Dumps(p.getProperty("version"), files));
    }

    private static void writeManifest(Path folder, Dumps dumps) throws IOException {
        Properties p = new Properties();
        p.setProperty("version", dumps.version());
        for (int i = 0; i < dumps.files().size(); i++) {
            Dump d = dumps.files().get(i);
            p.setProperty("file." + i, d.file());
            p.setProperty("mediaType." + i, d.mediaType());
            p.setProperty("bytes." + i, Long.toString(d.bytes()));
            p.setProperty("sha256." + i, d.sha256());
        }
        Path temp = folder.resolve("." + MANIFEST + ".tmp");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            p.store(out, "vn-diplomacy-kg dumps");
        }
        Files.move(temp, folder.resolve(MANIFEST), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }
}
