package org.vndiplomacy.kg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.vndiplomacy.kg.convert.DatasetWriter;
import org.vndiplomacy.kg.convert.LineSorter;
import org.vndiplomacy.kg.vocab.Prefixes;

/**
 * Dumps of the whole store, gzipped, streamed from it: N-Quads (graph by graph in the order of their names, each
 * graph's lines sorted, on disk when many) and TriG (in the store's order), each written under a temporary name and moved into place, with {@code dumps.properties}
 * (version, sizes, SHA-256 checksums) written last. The version is the day of the dump and the start of the N-Quads
 * checksum, so the same content keeps the same checksum.
 */
public final class DumpWriter {

    /** The base name of the dump files. */
    public static final String NAME = "vn-diplomacy-kg";
    static final String MANIFEST = "dumps.properties";

    /** One dump file. */
    public record Dump(String file, String mediaType, long bytes, String sha256) {
    }

    /** The dumps of a folder and their version. */
    public record Dumps(String version, List<Dump> files) {
    }

    /**
     * Writes the dumps of {@code store} into {@code folder}, reading the store once for each, the two side by side
     * (the TriG on a second thread, in a read transaction of its own).
     */
    public Dumps write(Dataset store, Path folder) throws IOException {
        Objects.requireNonNull(store, "store");
        Files.createDirectories(folder);
        CompletableFuture<Dump> trig = CompletableFuture.supplyAsync(() -> {
            try {
                return write(folder, NAME + ".trig.gz", "application/trig", out -> writeTrig(store, out));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        List<Dump> files = new ArrayList<>();
        try {
            files.add(write(folder, NAME + ".nq.gz", "application/n-quads", out -> {
                try {
                    writeNQuads(store, out);
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }));
        } catch (IOException | RuntimeException e) {
            try {
                trig.join();
            } catch (CompletionException other) {
                if (other.getCause() != e) {
                    e.addSuppressed(other.getCause());
                }
            }
            throw e;
        }
        files.add(join(trig));
        String version = LocalDate.now(ZoneOffset.UTC) + "-" + files.get(0).sha256().substring(0, 8);
        Dumps dumps = new Dumps(version, files);
        writeManifest(folder, dumps);
        return dumps;
    }

    /**
     * Every quad as an N-Quads line: the default graph's, then each named graph's in the order of their names, the
     * lines of each graph sorted (on disk beyond a budget), so equal stores give equal bytes. Sorting graph by graph
     * keeps a store of any size in memory one graph at a time, and needs no pass over the whole store on disk.
     */
    private static void writeNQuads(Dataset store, OutputStream out) throws IOException {
        DatasetWriter.Lines lines = new DatasetWriter.Lines();
        DatasetGraph dsg = store.asDatasetGraph();
        Txn.executeRead(store, () -> {
            List<Node> graphs = new ArrayList<>();
            graphs.add(Quad.defaultGraphIRI);
            List<Node> named = new ArrayList<>();
            dsg.listGraphNodes().forEachRemaining(named::add);
            named.sort(Comparator.comparing(Node::toString));
            graphs.addAll(named);
            for (Node graph : graphs) {
                try (LineSorter sorter = new LineSorter()) {
                    dsg.find(graph, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> sorter.add(lines.line(q)));
                    try (Stream<String> sorted = sorter.sorted()) {
                        for (Iterator<String> it = sorted.iterator(); it.hasNext(); ) {
                            out.write(it.next().getBytes(StandardCharsets.UTF_8));
                            out.write('\n');
                        }
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
    }

    /** Every quad as TriG blocks with the project's prefixes, in the store's order (by graph, then subject). */
    private static void writeTrig(Dataset store, OutputStream out) {
        StreamRDF trig = StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
        trig.start();
        Prefixes.MAPPING.getNsPrefixMap().forEach(trig::prefix);
        Txn.executeRead(store, () -> store.asDatasetGraph().find().forEachRemaining(trig::quad));
        trig.finish();
    }

    private static Dump join(CompletableFuture<Dump> dump) throws IOException {
        try {
            return dump.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e;
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

    /** What writes one dump's content. */
    @FunctionalInterface
    private interface Content {
        void write(OutputStream out) throws IOException;
    }

    private static Dump write(Path folder, String name, String mediaType, Content content) throws IOException {
        Path target = folder.resolve(name);
        Path temp = folder.resolve("." + name + ".tmp");
        MessageDigest digest = sha256();
        try {
            try (OutputStream file = Files.newOutputStream(temp);
                    DigestOutputStream digested = new DigestOutputStream(file, digest);
                    GZIPOutputStream gzip = new GZIPOutputStream(digested, 1 << 16);
                    OutputStream buffered = new BufferedOutputStream(gzip, 1 << 16)) {
                content.write(buffered);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return new Dump(name, mediaType, Files.size(target), HexFormat.of().formatHex(digest.digest()));
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
