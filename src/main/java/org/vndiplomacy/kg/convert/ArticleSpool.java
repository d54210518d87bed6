package org.vndiplomacy.kg.convert;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Article graphs as N-Quads, written once to a temporary file as they are converted (each graph's lines sorted, as
 * {@link DatasetWriter} writes a graph held in memory), then copied out graph by graph in any order: so that
 * {@code convert} converts each article once and still shows nothing before every check has passed. One thread
 * adds at a time. Closing deletes the file.
 */
public final class ArticleSpool implements AutoCloseable {

    private record Block(long start, long length) {
    }

    private final Path file;
    private final FileChannel channel;
    private final OutputStream out;
    private final DatasetWriter.Lines lines = new DatasetWriter.Lines();
    private final Map<String, Block> blocks = new HashMap<>();
    private long position;

    /** A spool in a new temporary file of {@code folder} (the system's temporary folder when {@code null}). */
    public ArticleSpool(Path folder) throws IOException {
        file = folder == null ? Files.createTempFile("vnkg-convert-", ".nq.tmp")
                : Files.createTempFile(folder, ".vnkg-convert-", ".nq.tmp");
        channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
    }

    /**
     * Writes a graph's N-Quads lines, sorted; an {@link UncheckedIOException} when the file cannot be written. A
     * second graph of a name already spooled is left out: two article files with one key, which the run reports as a
     * problem at its end (nothing is copied out then).
     */
    public void add(String name, Graph graph) {
        Objects.requireNonNull(name, "name");
        if (blocks.containsKey(name)) {
            return;
        }
        Node node = NodeFactory.createURI(name);
        List<String> sorted = new ArrayList<>(graph.size());
        graph.find().forEachRemaining(t -> sorted.add(lines.line(node, t)));
        sorted.sort(null);
        long start = position;
        try {
            for (String line : sorted) {
                byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
                out.write(bytes);
                out.write('\n');
                position += bytes.length + 1;
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        blocks.put(name, new Block(start, position - start));
    }

    /** Copies a graph's lines to {@code to} (which is not closed). */
    public void copy(String name, OutputStream to) throws IOException {
        Block block = blocks.get(name);
        if (block == null) {
            throw new IllegalArgumentException("graph not spooled: " + name);
        }
        out.flush();
        WritableByteChannel target = Channels.newChannel(to);
        for (long done = 0; done < block.length(); ) {
            done += channel.transferTo(block.start() + done, block.length() - done, target);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            channel.close();
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
