package org.vndiplomacy.kg.convert;

import java.util.Objects;
import java.util.stream.Stream;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.vndiplomacy.kg.validate.LineSorter;

/**
 * {@code graph/entities}: what the reference data and the articles say of every entity (its types, names, codes,
 * links), each statement once, from {@link EntityCollector}. Every article graph repeats the types and names of the
 * entities it names, so the union default graph holds them once per article; a query that reads a name here reads
 * one statement, not one per article. The triples are kept as sorted lines (in memory, or on disk when there are
 * many), read as often as needed in the same order, subject by subject. Closing deletes the lines.
 */
public final class EntityGraph implements AutoCloseable {

    private final LineSorter lines;
    private final GraphDigest digest;
    private final StatisticsGraph.Figures figures;

    EntityGraph(LineSorter lines) {
        this.lines = Objects.requireNonNull(lines, "lines");
        GraphDigest.Builder builder = new GraphDigest.Builder();
        StatisticsGraph.Counter counter = new StatisticsGraph.Counter();
        try (Stream<Triple> triples = triples()) {
            triples.forEach(t -> {
                builder.add(t);
                counter.add(t);
            });
        }
        this.digest = builder.build();
        this.figures = counter.figures(IriMinter.graph("entities"));
    }

    /** The graph's figures for {@code graph/statistics}, counted with the digest. */
    public StatisticsGraph.Figures figures() {
        return figures;
    }

    /** The triples, sorted by subject, predicate and object, each once; close the stream when done. */
    public Stream<Triple> triples() {
        String[] previous = {null};
        return lines.sorted().filter(line -> {
            boolean fresh = !line.equals(previous[0]);
            previous[0] = line;
            return fresh;
        }).map(TripleLines::triple);
    }

    public long size() {
        return digest.triples();
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
}
