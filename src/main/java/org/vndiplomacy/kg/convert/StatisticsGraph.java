package org.vndiplomacy.kg.convert;

import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.vndiplomacy.kg.validate.LineLib;
import org.vndiplomacy.kg.vocab.PROV;
import org.vndiplomacy.kg.vocab.VND;
import org.vndiplomacy.kg.vocab.VOID;

/**
 * {@code graph/statistics}: the VoID figures of every named graph of a build, itself included, so that a query
 * that lists the graphs with their sizes reads nine statements per graph instead of every quad of the store. Each
 * graph {@code G} is a {@code void:subset} of the dataset with its {@code void:triples}, a property partition
 * {@code G#facts} (the {@code void:distinctSubjects} of {@code prov:wasDerivedFrom}: its facts) and a class
 * partition {@code G#mentions} (the {@code void:entities} of {@code vnd:Mention}). The graphs' figures are read
 * from a stream each time, not held.
 */
public final class StatisticsGraph {

    /** The statements about each graph. */
    static final int PER_GRAPH = 9;

    /** One graph's figures: triples, facts (subjects of {@code prov:wasDerivedFrom}), mentions. */
    public record Figures(String graph, long triples, long facts, long mentions) {

        /** The figures of a graph in memory (read from its indexes: the facts' and mentions' triples only). */
        public static Figures of(String graph, Graph triples) {
            Set<Node> facts = new HashSet<>();
            triples.find(Node.ANY, PROV.wasDerivedFrom.asNode(), Node.ANY).forEachRemaining(t -> facts.add(
                    t.getSubject()));
            Set<Node> mentions = new HashSet<>();
            triples.find(Node.ANY, RDF.type.asNode(), VND.Mention.asNode()).forEachRemaining(t -> mentions.add(
                    t.getSubject()));
            return new Figures(graph, triples.size(), facts.size(), mentions.size());
        }

        /** The figures of the triples of a graph, each given once. */
        public static Figures of(String graph, Iterator<Triple> triples) {
            Counter counter = new Counter();
            triples.forEachRemaining(counter::add);
            return counter.figures(graph);
        }

        /** The figures as one line (tab-separated), for {@link #parse}. */
        public String line() {
            return LineLib.join(graph, Long.toString(triples), Long.toString(facts), Long.toString(mentions));
        }

        public static Figures parse(String line) {
            List<String> fields = LineLib.split(line);
            return new Figures(fields.get(0), Long.parseLong(fields.get(1)), Long.parseLong(fields.get(2)),
                    Long.parseLong(fields.get(3)));
        }
    }

    /** Counts a graph's triples, facts and mentions as they are read, each triple given once. */
    static final class Counter {
        private static final Node DERIVED_FROM = PROV.wasDerivedFrom.asNode();
        private static final Node TYPE = RDF.type.asNode();
        private static final Node MENTION = VND.Mention.asNode();

        private long triples;
        private final Set<Node> facts = new HashSet<>();
        private final Set<Node> mentions = new HashSet<>();

        void add(Triple t) {
            triples++;
            if (t.getPredicate().equals(DERIVED_FROM)) {
                facts.add(t.getSubject());
            } else if (t.getPredicate().equals(TYPE) && t.getObject().equals(MENTION)) {
                mentions.add(t.getSubject());
            }
        }

        Figures figures(String graph) {
            return new Figures(graph, triples, facts.size(), mentions.size());
        }
    }

    private final Supplier<Stream<Figures>> others;
    private final long graphs;
    private final GraphDigest digest;

    /**
     * The statistics of the graphs {@code others} gives (every graph of the build but this one, any order); an empty
     * graph is left out, as a store leaves it out.
     */
    public StatisticsGraph(Supplier<Stream<Figures>> others) {
        this.others = Objects.requireNonNull(others, "others");
        GraphDigest.Builder builder = new GraphDigest.Builder();
        long count = 0;
        try (Stream<Figures> figures = stored()) {
            for (Iterator<Figures> it = figures.iterator(); it.hasNext(); ) {
                describe(it.next()).forEach(builder::add);
                count++;
            }
        }
        this.graphs = count;
        describe(own()).forEach(builder::add);
        this.digest = builder.build();
    }

    public static String name() {
        return IriMinter.graph("statistics");
    }

    /** The triples: the other graphs' statements in the order given, then this graph's; close the stream. */
    public Stream<Triple> triples() {
        return Stream.concat(stored(), Stream.of(own())).flatMap(f -> describe(f).stream());
    }

    /** The other graphs but the empty ones, which a store does not hold. */
    private Stream<Figures> stored() {
        return others.get().filter(f -> f.triples() > 0);
    }

    public GraphDigest digest() {
        return digest;
    }

    /** This graph's own figures: nine statements for each graph, its own included; no facts, no mentions. */
    private Figures own() {
        return new Figures(name(), PER_GRAPH * (graphs + 1), 0, 0);
    }

    static List<Triple> describe(Figures figures) {
        Node graph = NodeFactory.createURI(figures.graph());
        Node facts = NodeFactory.createURI(figures.graph() + "#facts");
        Node mentions = NodeFactory.createURI(figures.graph() + "#mentions");
        return List.of(
                Triple.create(NodeFactory.createURI(VND.DATASET), VOID.subset.asNode(), graph),
                Triple.create(graph, RDF.type.asNode(), VOID.Dataset.asNode()),
                Triple.create(graph, VOID.triples.asNode(), integer(figures.triples())),
                Triple.create(graph, VOID.propertyPartition.asNode(), facts),
                Triple.create(facts, VOID.property.asNode(), PROV.wasDerivedFrom.asNode()),
                Triple.create(facts, VOID.distinctSubjects.asNode(), integer(figures.facts())),
                Triple.create(graph, VOID.classPartition.asNode(), mentions),
                Triple.create(mentions, VOID.class_.asNode(), VND.Mention.asNode()),
                Triple.create(mentions, VOID.entities.asNode(), integer(figures.mentions())));
    }

    private static Node integer(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
