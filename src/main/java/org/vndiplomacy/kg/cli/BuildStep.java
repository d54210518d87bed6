package org.vndiplomacy.kg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.Quad;
import org.vndiplomacy.kg.convert.DatasetConverter;
import org.vndiplomacy.kg.convert.OntologyFiles;
import org.vndiplomacy.kg.convert.ShapeCheck;
import org.vndiplomacy.kg.store.BuildStamp;
import org.vndiplomacy.kg.store.BuildSummary;
import org.vndiplomacy.kg.store.DatasetLoader;
import org.vndiplomacy.kg.store.GraphChange;
import org.vndiplomacy.kg.store.GraphLoader;
import org.vndiplomacy.kg.store.StoreConfig;
import org.vndiplomacy.kg.store.StoreLayout;
import org.vndiplomacy.kg.validate.AnnotatedArticle;
import org.vndiplomacy.kg.validate.InvalidInputException;
import org.vndiplomacy.kg.validate.Problem;
import org.vndiplomacy.kg.vocab.VND;

/**
 * The build shared by {@code build} and {@code serve}: open an existing store (so that one another process holds
 * is refused at once), validate and convert everything (nothing is written to the store until all input is known
 * to be good), check the shapes, then load, printing a line per step and per graph.
 */
final class BuildStep {

    private final InputOptions input;
    private final StoreLayout layout;
    private final StoreConfig config;
    private final PrintWriter out;
    private final GraphLoader.Listener extra;

    BuildStep(InputOptions input, StoreLayout layout, StoreConfig config, PrintWriter out,
            GraphLoader.Listener extra) {
        this.input = input;
        this.layout = layout;
        this.config = config;
        this.out = out;
        this.extra = extra;
    }

    /** The fingerprint of the build's inputs: the seeds, the ontology, the Fuseki configuration, the code. */
    String fingerprint() throws IOException {
        String inputs = BuildStamp.fingerprint(List.of(input.seeds, input.ontology,
                config.file().toAbsolutePath().getParent()));
        return input.extractionOnly ? inputs + "+extraction-only" : inputs;
    }

    /** Whether the store lacks a complete build of the current inputs. */
    boolean stale() throws IOException {
        return !BuildStamp.read(layout).map(fingerprint()::equals).orElse(false);
    }

    BuildSummary run() throws IOException, InvalidInputException {
        long start = System.nanoTime();
        String fingerprint = fingerprint();
        try (DatasetLoader loader = new DatasetLoader(layout, config, this::graphDone)) {
            // a store that another process holds is refused here, before the inputs are read
            loader.openExisting();
            OntologyFiles ontology = input.readOntology();
            List<AnnotatedArticle> articles = input.readSeeds(ontology, layout.root().resolve("extracted"));
            int facts = articles.stream().mapToInt(a -> a.annotation().facts().size()).sum();
            out.printf("[1/4] validated %d article(s), %d fact(s)%n", articles.size(), facts);
            Dataset dataset = new DatasetConverter(ontology).convert(articles);
            List<Problem> violations = new ShapeCheck(ontology.shapes()).check(dataset);
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            out.printf("[2/4] converted and checked against the shapes%n");
            out.printf("[3/4] loading into %s%n", layout.root());
            out.flush();
            BuildSummary summary = loader.load(new DatasetLoader.Input(dataset, articles.size(), facts,
                    fingerprint), start);
            out.printf("[4/4] indexed %,d labels for text search; dumps version %s in %s%n", summary.indexed(),
                    summary.dumps().version(), layout.dumps());
            out.printf("built: %s%n", summary.line());
            out.flush();
            return summary;
        }
    }

    private void graphDone(GraphChange change) {
        out.printf("      %-9s %-40s %,9d triples%n", change.kind().name().toLowerCase(java.util.Locale.ROOT),
                shortName(change.graph()), change.triples());
        out.flush();
        extra.graphDone(change);
    }

    /** A project graph relative to the graph base, another by its IRI, the stored default graph as such. */
    private static String shortName(String graph) {
        if (graph.startsWith(VND.GRAPH_BASE)) {
            return graph.substring(VND.GRAPH_BASE.length());
        }
        return graph.equals(Quad.defaultGraphIRI.getURI()) ? "(default graph)" : graph;
    }

    static GraphLoader.Listener none() {
        return (GraphChange change) -> { };
    }
}
