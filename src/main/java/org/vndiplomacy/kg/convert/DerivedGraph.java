package org.vndiplomacy.kg.convert;

import java.util.Objects;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.vndiplomacy.kg.validate.LineSorter;
import org.vndiplomacy.kg.vocab.VND;

/**
 * The conflicts of {@link ConflictCollector}: {@code vnd:conflictsWith} triples kept as sorted lines (in memory, or
 * on disk when there are many), read as often as needed in the same order: for the digest, the shapes, the store,
 * the output. Closing deletes the lines.
 */
public final class DerivedGraph implements AutoCloseable {

    private static final Node CONFLICTS_WITH = VND.conflictsWith.asNode();

    private final LineSorter lines;
    private final long size;
    private final GraphDigest digest;

    DerivedGraph(LineSorter lines) {
        this.lines = Objects.requireNonNull(lines, "lines");
        GraphDigest.Builder builder = new GraphDigest.Builder();
        try (Stream<Triple> triples = triples()) {
            triples.forEach(builder::add);
        }
        this.digest = builder.build();
        this.size = digest.triples();
    }

    /** The graph's figures for {@code graph/statistics}: {@code vnd:conflictsWith} triples, no fact, no mention. */
    public StatisticsGraph.Figures figures() {
        return new StatisticsGraph.Figures(IriMinter.graph("derived"), size, 0, 0);
    }

    /** The triples, sorted by subject then object, each once; close the stream when done. */
    public Stream<Triple> triples() {
        String[] previous = {null};
        return lines.sorted().filter(line -> {
            boolean fresh = !line.equals(previous[0]);
            previous[0] = line;
            return fresh;
        }).map(DerivedGraph::triple);
    }

    public long size() {
        return size;
    }

    public GraphDigest digest() {
        return digest;
    }

    /** The graph in memory (for tests and small inputs). */
    public Model toModel() {
        Model model = ModelFactory.createDefaultModel();
        try (Stream<Triple> triples = triples()) {
            triples.forEach(t -> model.getGraph().add(t));
        }
        return model;
    }

    @Override
    public void close() {
        lines.close();
    }

    private static Triple triple(String line) {
        int tab = line.indexOf('\t');
        return Triple.create(NodeFactory.createURI(line.substring(0, tab)), CONFLICTS_WITH,
                NodeFactory.createURI(line.substring(tab + 1)));
    }
}
