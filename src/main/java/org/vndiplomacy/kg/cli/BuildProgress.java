package org.vndiplomacy.kg.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.apache.jena.sparql.core.Quad;
import org.vndiplomacy.kg.store.GraphChange;
import org.vndiplomacy.kg.store.GraphChange.Kind;
import org.vndiplomacy.kg.store.GraphLoader;
import org.vndiplomacy.kg.vocab.VND;

/**
 * What a build prints as it goes. A small build (fewer than {@value #SMALL} articles) prints a line per graph; a
 * larger one prints a counted line every {@value #EVERY} articles, in the first pass and in the load, and a line per
 * graph only for the graphs that are not articles' (derived, ontology, kept ones, ...).
 */
final class BuildProgress implements GraphLoader.Listener {

    /** Builds of fewer articles print every graph. */
    static final int SMALL = 50;

    /** Larger builds print a counted line this often. */
    static final int EVERY = 1000;

    private static final String ARTICLE = VND.GRAPH_BASE + "article/";

    private final PrintWriter out;
    private final GraphLoader.Listener extra;
    private final long[] kinds = new long[Kind.values().length];
    private long articles;
    private long done;
    private long printed;
    private long triples;
    private long removed;

    BuildProgress(PrintWriter out, GraphLoader.Listener extra) {
        this.out = out;
        this.extra = extra;
    }

    /** The first pass has checked {@code count} articles. */
    void checked(long count) {
        if (count % EVERY == 0) {
            out.printf(Locale.ROOT, "      checked %,d article(s)%n", count);
            out.flush();
        }
    }

    /** The load begins, with this many articles. */
    void loading(long articleCount) {
        this.articles = articleCount;
    }

    @Override
    public void graphDone(GraphChange change) {
        if (articles >= SMALL && change.graph().startsWith(ARTICLE) && change.kind() == Kind.REMOVED) {
            removed++;
        } else if (articles >= SMALL && change.graph().startsWith(ARTICLE)) {
            kinds[change.kind().ordinal()]++;
            triples += change.triples();
            done++;
            if (done % EVERY == 0) {
                counted();
            }
        } else {
            counted();
            line(change.kind().name().toLowerCase(Locale.ROOT), shortName(change.graph()), change.triples());
        }
        extra.graphDone(change);
    }

    /** Prints what is counted and not printed yet (at the end of the load). */
    void finish() {
        counted();
        if (removed > 0) {
            line("removed", String.format(Locale.ROOT, "%,d article graph(s)", removed), 0);
        }
    }

    /** The article graphs so far, by kind, and their triples, unless this count was printed already. */
    private void counted() {
        if (done == printed) {
            return;
        }
        StringBuilder what = new StringBuilder();
        for (Kind kind : Kind.values()) {
            if (kinds[kind.ordinal()] > 0) {
                what.append(what.length() == 0 ? "" : ", ").append(String.format(Locale.ROOT, "%,d %s",
                        kinds[kind.ordinal()], kind.name().toLowerCase(Locale.ROOT)));
            }
        }
        line("articles", String.format(Locale.ROOT, "%,d of %,d: %s", done, articles, what), triples);
        printed = done;
    }

    private void line(String kind, String graph, long count) {
        out.printf(Locale.ROOT, "      %-9s %-40s %,9d triples%n", kind, graph, count);
        out.flush();
    }

    /** A project graph relative to the graph base, another by its IRI, the stored default graph as such. */
    private static String shortName(String graph) {
        if (graph.startsWith(VND.GRAPH_BASE)) {
            return graph.substring(VND.GRAPH_BASE.length());
        }
        return graph.equals(Quad.defaultGraphIRI.getURI()) ? "(default graph)" : graph;
    }
}
