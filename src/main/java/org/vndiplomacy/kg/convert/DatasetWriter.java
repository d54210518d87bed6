package org.vndiplomacy.kg.convert;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.jena.atlas.io.AWriterBase;
import org.apache.jena.atlas.lib.CharSpace;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterNT;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.Quad;
import org.vndiplomacy.kg.vocab.Prefixes;

/**
 * Writes named graphs as TriG (with the project's prefixes, one block per graph) or N-Quads, graph by graph, the
 * same bytes for the same graphs on every run: a graph held in memory is written with its triples sorted (its lines,
 * for N-Quads); a graph given as a stream is written in the stream's order. A dataset is written in the order
 * {@link #ORDER}: the ontology, the shapes, the reference data, the articles, the derived, entities and
 * statistics graphs.
 */
public final class DatasetWriter {

    /** The order of a dataset's graphs: the fixed ones first, the articles by name, the computed ones last. */
    public static final Comparator<String> ORDER = Comparator.comparingInt(DatasetWriter::rank)
            .thenComparing(Comparator.naturalOrder());

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

    /** Writes every named graph of a dataset, in {@link #ORDER}. */
    public void write(Dataset dataset, Format format, OutputStream out) throws IOException {
        List<String> names = new ArrayList<>();
        dataset.listModelNames().forEachRemaining(name -> names.add(name.getURI()));
        names.sort(ORDER);
        try (Session session = open(format, out)) {
            for (String name : names) {
                session.graph(name, dataset.getNamedModel(name).getGraph());
            }
        }
    }

    /** Starts writing graphs one by one to {@code out} (which closing the session does not close). */
    public Session open(Format format, OutputStream out) {
        return new Session(format, out);
    }

    /** One output, written graph by graph. */
    public static final class Session implements AutoCloseable {
        private final Format format;
        private final OutputStream out;
        private final StreamRDF trig;
        private final Lines lines = new Lines();

        private Session(Format format, OutputStream out) {
            this.format = format;
            this.out = out;
            if (format == Format.TRIG) {
                trig = StreamRDFWriter.getWriterStream(out, RDFFormat.TRIG_BLOCKS);
                trig.start();
                Prefixes.MAPPING.getNsPrefixMap().forEach(trig::prefix);
            } else {
                trig = null;
            }
        }

        /** Writes a graph held in memory, its triples sorted. */
        public void graph(String name, Graph graph) throws IOException {
            Node node = NodeFactory.createURI(name);
            List<String[]> sorted = new ArrayList<>();
            List<Triple> triples = graph.find().toList();
            for (int i = 0; i < triples.size(); i++) {
                sorted.add(new String[] {lines.line(node, triples.get(i)), Integer.toString(i)});
            }
            sorted.sort(Comparator.comparing((String[] line) -> line[0]));
            if (format == Format.NQUADS) {
                for (String[] line : sorted) {
                    writeLine(line[0]);
                }
            } else {
                sorted.forEach(line -> trig.quad(Quad.create(node, triples.get(Integer.parseInt(line[1])))));
            }
        }

        /** Writes a graph given as a stream, in the stream's order. */
        public void graph(String name, Stream<Triple> triples) throws IOException {
            Node node = NodeFactory.createURI(name);
            for (Iterator<Triple> it = triples.iterator(); it.hasNext(); ) {
                Triple t = it.next();
                if (format == Format.NQUADS) {
                    writeLine(lines.line(node, t));
                } else {
                    trig.quad(Quad.create(node, t));
                }
            }
        }

        private void writeLine(String line) throws IOException {
            out.write(line.getBytes(StandardCharsets.UTF_8));
            out.write('\n');
        }

        @Override
        public void close() throws IOException {
            if (trig != null) {
                trig.finish();
            }
            out.flush();
        }
    }

    /**
     * N-Quads lines as Jena's N-Quads writer writes them (terms formatted by its N-Triples formatter, UTF-8, not
     * escaped), without the line break; built in a reused buffer, which is much quicker than the writer itself.
     */
    public static final class Lines {
        private final NodeFormatter formatter = new NodeFormatterNT(CharSpace.UTF8);
        private final Buffer buffer = new Buffer();

        public String line(Quad quad) {
            buffer.text.setLength(0);
            formatter.format(buffer, quad.getSubject());
            buffer.text.append(' ');
            formatter.format(buffer, quad.getPredicate());
            buffer.text.append(' ');
            formatter.format(buffer, quad.getObject());
            if (!Quad.isDefaultGraph(quad.getGraph())) {
                buffer.text.append(' ');
                formatter.format(buffer, quad.getGraph());
            }
            return buffer.text.append(" .").toString();
        }

        public String line(Node graph, Triple triple) {
            return line(Quad.create(graph, triple));
        }
    }

    /** The formatter's output: a string buffer. */
    private static final class Buffer extends AWriterBase {
        private final StringBuilder text = new StringBuilder(256);

        @Override
        public void print(char ch) {
            text.append(ch);
        }

        @Override
        public void print(char[] chars) {
            text.append(chars);
        }

        @Override
        public void print(String string) {
            text.append(string);
        }

        @Override
        public void printf(String format, Object... args) {
            text.append(String.format(Locale.ROOT, format, args));
        }

        @Override
        public void println(String string) {
            text.append(string).append('\n');
        }

        @Override
        public void println() {
            text.append('\n');
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    private static int rank(String graph) {
        if (graph.equals(IriMinter.graph("ontology"))) {
            return 0;
        }
        if (graph.equals(IriMinter.graph("shapes"))) {
            return 1;
        }
        if (graph.equals(IriMinter.graph("reference"))) {
            return 2;
        }
        return graph.equals(IriMinter.graph("derived")) || graph.equals(IriMinter.graph("entities"))
                || graph.equals(StatisticsGraph.name()) ? 4 : 3;
    }
}
