package org.vndiplomacy.kg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.vndiplomacy.kg.convert.OntologyFiles;
import org.vndiplomacy.kg.convert.SeedConversion;
import org.vndiplomacy.kg.store.BuildStamp;
import org.vndiplomacy.kg.store.BuildSummary;
import org.vndiplomacy.kg.store.DatasetLoader;
import org.vndiplomacy.kg.store.GraphChange;
import org.vndiplomacy.kg.store.GraphLoader;
import org.vndiplomacy.kg.store.GraphSource;
import org.vndiplomacy.kg.store.GraphSources;
import org.vndiplomacy.kg.store.StoreConfig;
import org.vndiplomacy.kg.store.StoreLayout;
import org.vndiplomacy.kg.validate.InvalidInputException;

/**
 * The build shared by {@code build} and {@code serve}: open an existing store (so that one another process holds
 * is refused at once); validate, convert and check every article against the shapes, one at a time, keeping its
 * graph's digest only (nothing is written to the store until all input is known to be good); then load, converting
 * again the articles whose graphs changed, printing a line per step and per graph (or counted lines for many).
 */
final class BuildStep {

    private final InputOptions input;
    private final StoreLayout layout;
    private final StoreConfig config;
    private final PrintWriter out;
    private final GraphLoader.Listener extra;
    private Path patch;

    BuildStep(InputOptions input, StoreLayout layout, StoreConfig config, PrintWriter out,
            GraphLoader.Listener extra) {
        this.input = input;
        this.layout = layout;
        this.config = config;
        this.out = out;
        this.extra = extra;
    }

    /** Makes the build write the RDF Patch of its graph changes to {@code file} (none when null). */
    BuildStep patch(Path file) {
        this.patch = file;
        return this;
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
        BuildProgress progress = new BuildProgress(out, extra);
        try (DatasetLoader loader = new DatasetLoader(layout, config, progress)) {
            // a store that another process holds is refused here, before the inputs are read
            loader.openExisting();
            loader.writePatch(patch);
            OntologyFiles ontology = input.readOntology();
            try (SeedPasses passes = input.passes(ontology, layout.root().resolve("extracted"))) {
                passes.check(progress::checked);
                SeedConversion conversion = passes.conversion();
                long articles = conversion.articleCount();
                out.printf("[1/4] validated %d article(s), %d fact(s)%n", articles, conversion.facts());
                out.printf("[2/4] converted and checked against the shapes%n");
                out.printf("[3/4] loading into %s%n", layout.root());
                out.flush();
                progress.loading(articles);
                BuildSummary summary = loader.load(new DatasetLoader.Input(sources(conversion), articles,
                        conversion.facts(), fingerprint), start, progress::finish);
                out.printf("[4/4] indexed %,d labels for text search; dumps version %s in %s%n", summary.indexed(),
                        summary.dumps().version(), layout.dumps());
                out.printf("built: %s%n", summary.line());
                out.flush();
                return summary;
            }
        }
    }

    /**
     * The graphs to load, by name: each article's (converted again only if it changed; the articles' names, under
     * {@code article/}, sort before the others), then the derived and entities graphs (read from the first pass's sorted
     * lines), the statistics graph and the ontology folder's.
     */
    private static GraphSources sources(SeedConversion conversion) {
        List<GraphSource> others = new ArrayList<>();
        for (SeedConversion.FixedGraph graph : conversion.fixed()) {
            others.add(GraphSource.of(graph.name(), graph.model().getGraph()));
        }
        for (SeedConversion.ComputedGraph graph : conversion.computed()) {
            others.add(new GraphSource(graph.name(), graph.digest(), () -> graph.triples().get()));
        }
        others.sort(Comparator.comparing(GraphSource::name));
        return () -> Stream.concat(conversion.articles().map(article -> new GraphSource(article.name(),
                article.digest(), () -> conversion.article(article).getGraph().stream())), others.stream());
    }

    static GraphLoader.Listener none() {
        return (GraphChange change) -> { };
    }
}
