package org.vndiplomacy.kg.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.vndiplomacy.kg.convert.GraphDigest;
import org.vndiplomacy.kg.validate.InvalidInputException;

/**
 * One named graph to bring into the store: its name, the digest of its triples, and the triples themselves, opened
 * only when the stored graph differs (an article is converted again then, not kept from the first pass).
 */
public record GraphSource(String name, GraphDigest digest, Content content) {

    /** The triples of a graph, opened once when they are to be written. */
    @FunctionalInterface
    public interface Content {
        Stream<Triple> open() throws IOException, InvalidInputException;
    }

    public GraphSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(content, "content");
    }

    /** A graph held in memory. */
    public static GraphSource of(String name, Graph graph) {
        return new GraphSource(name, GraphDigest.of(graph), graph::stream);
    }

    /** The named graphs of a dataset in memory, by name. */
    public static List<GraphSource> of(DatasetGraph dataset) {
        TreeSet<String> names = new TreeSet<>();
        dataset.listGraphNodes().forEachRemaining(n -> {
            if (n.isURI()) {
                names.add(n.getURI());
            }
        });
        List<GraphSource> sources = new ArrayList<>();
        for (String name : names) {
            sources.add(of(name, dataset.getGraph(NodeFactory.createURI(name))));
        }
        return sources;
    }

    Node node() {
        return NodeFactory.createURI(name);
    }
}
