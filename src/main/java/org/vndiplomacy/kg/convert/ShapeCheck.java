package org.vndiplomacy.kg.convert;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.path.Path;
import org.apache.jena.vocabulary.RDF;
import org.vndiplomacy.kg.annotation.RefLib;
import org.vndiplomacy.kg.validate.Problem;
import org.vndiplomacy.kg.vocab.Prefixes;
import org.vndiplomacy.kg.vocab.VND;

/**
 * The last check before anything is written: the converted graphs (all but the shapes) against the SHACL shapes, as
 * if their union were validated at once, but one article at a time ({@link Session}). Each violation becomes a
 * problem named after the focus node and the property path.
 */
public final class ShapeCheck {

    /** How the converted graph is named in problems. */
    public static final String GRAPH = "converted graph";

    private final Shapes shapes;

    public ShapeCheck(Model shapes) {
        this.shapes = Shapes.parse(shapes.getGraph());
    }

    /** Checks a whole converted dataset: its ontology and reference graphs, its articles, its derived graph. */
    public List<Problem> check(Dataset dataset) {
        Session session = session(dataset.getNamedModel(IriMinter.graph("ontology")),
                dataset.getNamedModel(IriMinter.graph("reference")));
        List<String> fixed = List.of("ontology", "reference", "shapes", "derived").stream().map(IriMinter::graph)
                .toList();
        dataset.listModelNames().forEachRemaining(name -> {
            if (!fixed.contains(name.getURI())) {
                session.article(dataset.getNamedModel(name).getGraph());
            }
        });
        Graph derived = dataset.getNamedModel(IriMinter.graph("derived")).getGraph();
        Graph union = dataset.asDatasetGraph().getUnionGraph();
        try (Stream<Triple> triples = derived.stream()) {
            session.derived(triples.sorted((a, b) -> a.getSubject().toString().compareTo(b.getSubject().toString()))
                    .iterator(), node -> union.find(node, RDF.type.asNode(), Node.ANY).mapWith(Triple::getObject)
                    .toList());
        }
        return session.finish();
    }

    /**
     * A check of graphs given one by one, with the ontology and reference data they are checked with. Nodes that
     * belong to one article (its facts, evidence, mentions, the article itself) are checked with that article's
     * graph. Entities and agents, which several articles describe, are collected (a graph bounded by the number of
     * entities, not of articles) and checked with the ontology and the reference data at the end.
     */
    public Session session(Model ontology, Model reference) {
        return new Session(new Union(ontology.getGraph(), reference.getGraph()));
    }

    /** One check of a converted dataset, graph by graph; {@link #finish} gives every problem. */
    public final class Session {

        /** How many triples of the derived graph are checked at once. */
        private static final int CHUNK = 10_000;

        private final Graph fixed;
        private final Graph shared = GraphFactory.createDefaultGraph();
        private final List<Problem> problems = new ArrayList<>();

        private Session(Graph fixed) {
            this.fixed = fixed;
        }

        /** Checks the nodes of one article's graph; notes what it says of entities for {@link #finish}. */
        public void article(Graph graph) {
            Graph data = new Union(graph, fixed);
            List<Node> local = new ArrayList<>();
            graph.find().forEachRemaining(t -> {
                if (ShapeCheck.shared(t.getSubject())) {
                    shared.add(t);
                }
            });
            graph.find().mapWith(Triple::getSubject).filterDrop(ShapeCheck::shared).toSet().forEach(local::add);
            report(NodeCheck.check(shapes, data, local, null));
        }

        /**
         * Checks derived triples (sorted by subject) that add properties to nodes of the article graphs: the
         * constraints on those properties, with {@code types} giving each node's types as its article does.
         */
        public void derived(Iterator<Triple> triples, Function<Node, List<Node>> types) {
            Graph chunk = GraphFactory.createDefaultGraph();
            Node subject = null;
            while (triples.hasNext()) {
                Triple t = triples.next();
                if (chunk.size() >= CHUNK && !t.getSubject().equals(subject)) {
                    derivedChunk(chunk, types);
                    chunk = GraphFactory.createDefaultGraph();
                }
                chunk.add(t);
                subject = t.getSubject();
            }
            derivedChunk(chunk, types);
        }

        private void derivedChunk(Graph chunk, Function<Node, List<Node>> types) {
            if (chunk.isEmpty()) {
                return;
            }
            Graph typed = GraphFactory.createDefaultGraph();
            Set<Node> subjects = new HashSet<>();
            Set<Node> predicates = new HashSet<>();
            chunk.find().forEachRemaining(t -> {
                subjects.add(t.getSubject());
                predicates.add(t.getPredicate());
                for (Node node : List.of(t.getSubject(), t.getObject())) {
                    types.apply(node).forEach(type -> typed.add(Triple.create(node, RDF.type.asNode(), type)));
                }
            });
            report(NodeCheck.check(shapes, new Union(chunk, new Union(typed, fixed)), subjects, predicates));
        }

        /** Checks the entities with the ontology and the reference data; every problem found, sorted. */
        public List<Problem> finish() {
            report(ShaclValidator.get().validate(shapes, new Union(shared, fixed)).getEntries());
            problems.sort(Problem.ORDER);
            return List.copyOf(problems);
        }

        private void report(Collection<ReportEntry> entries) {
            for (ReportEntry entry : entries) {
                Path path = entry.resultPath();
                String place = show(entry.focusNode()) + (path == null ? ""
                        : " " + path.toString(new Prologue(Prefixes.MAPPING)));
                problems.add(new Problem(GRAPH, place, entry.message()));
            }
        }
    }

    /** Whether a node is an entity or an agent, which several articles may describe. */
    static boolean shared(Node node) {
        if (!node.isURI() || !node.getURI().startsWith(VND.ID_BASE)) {
            return false;
        }
        String rest = node.getURI().substring(VND.ID_BASE.length());
        int slash = rest.indexOf('/');
        String kind = slash < 0 ? rest : rest.substring(0, slash);
        return kind.equals("agent") || RefLib.ENTITY_KINDS.contains(kind);
    }

    private static String show(Node node) {
        return node.isURI() ? Prefixes.MAPPING.shortForm(node.getURI()) : node.toString();
    }
}
