package org.vndiplomacy.kg.convert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.vocabulary.RDF;
import org.vndiplomacy.kg.validate.LineSorter;

/**
 * Notes what each graph says of its entities (the subjects typed {@code vnd:Official}, {@code vnd:Country},
 * {@code vnd:Organization} or {@code vnd:Locality}: every triple about them) as sorted lines, without holding the
 * graphs; {@link #finish} gives {@code graph/entities}.
 */
public final class EntityCollector implements AutoCloseable {

    private static final List<Node> CLASSES = EntityConverter.entityClasses();

    /** Slots of the cache of lines noted lately (a power of two). */
    private static final int RECENT = 1 << 14;

    private final LineSorter lines;
    /** The lines noted lately, by hash: a cache of a fixed size, each line in one slot. */
    private final String[] recent = new String[RECENT];
    private boolean finished;

    public EntityCollector() {
        this(LineSorter.DEFAULT_BUDGET);
    }

    /** A collector that keeps up to {@code budget} characters of statements in memory. */
    public EntityCollector(long budget) {
        this.lines = new LineSorter(budget);
    }

    /** Notes the statements about the entities of one graph (an article's, or the reference data). */
    public void add(Graph graph) {
        for (String line : lines(graph)) {
            // most statements repeat those of an earlier article (the same entities are named again and again):
            // a line met lately is not noted twice; the sort drops the other repeats
            int slot = line.hashCode() & (recent.length - 1);
            if (!line.equals(recent[slot])) {
                recent[slot] = line;
                lines.add(line);
            }
        }
    }

    /** The statements about the entities of one graph as the collector notes them, one line each, in any order. */
    public static List<String> lines(Graph graph) {
        Set<Node> entities = new HashSet<>();
        for (Node type : CLASSES) {
            graph.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> entities.add(t.getSubject()));
        }
        List<String> lines = new ArrayList<>();
        for (Node entity : entities) {
            if (entity.isURI()) {
                graph.find(entity, Node.ANY, Node.ANY).forEachRemaining(t -> {
                    if (TripleLines.carries(t)) {
                        lines.add(TripleLines.line(t));
                    }
                });
            }
        }
        return lines;
    }

    /** The entities graph of lines noted elsewhere ({@link #lines}), in any order, repeated or not. */
    public static EntityGraph graph(Iterator<String> noted) {
        LineSorter sorter = new LineSorter();
        try {
            noted.forEachRemaining(sorter::add);
        } catch (RuntimeException e) {
            sorter.close();
            throw e;
        }
        return new EntityGraph(sorter);
    }

    /** The graph of every statement noted, each once; the collector is then closed, the graph closes on its own. */
    public EntityGraph finish() {
        finished = true;
        return new EntityGraph(lines);
    }

    @Override
    public void close() {
        if (!finished) {
            lines.close();
        }
    }
}
