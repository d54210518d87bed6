package org.vndiplomacy.kg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.vndiplomacy.kg.validate.InvalidInputException;

/**
 * Loads a converted dataset into the store described by a {@link StoreConfig}: the named graphs in one TDB2 write
 * transaction ({@link GraphLoader}), writing the dumps ({@link DumpWriter}) on another thread meanwhile, then the text
 * index in one Lucene commit ({@link TextIndexer}), then the dumps are moved into place, then the {@link BuildStamp}. Each step commits only when complete, and the stamp comes last,
 * so an interrupted build leaves either the previous store or the new one, and a store without a current stamp is
 * built again. The store stays open from {@link #openExisting} or {@link #load} until {@link #close}.
 */
public final class DatasetLoader implements AutoCloseable {

    private final StoreLayout layout;
    private final StoreConfig config;
    private final GraphLoader.Listener listener;
    private Dataset store;

    public DatasetLoader(StoreLayout layout, StoreConfig config, GraphLoader.Listener listener) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.config = Objects.requireNonNull(config, "config");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * The input of a load: the graphs (sorted by name, each opened only if it changed), what they were converted
     * from, and the inputs' fingerprint.
     */
    public record Input(List<GraphSource> graphs, long articles, long facts, String fingerprint) {

        public Input {
            graphs = List.copyOf(graphs);
        }

        /** A dataset converted in memory. */
        public Input(Dataset dataset, long articles, long facts, String fingerprint) {
            this(GraphSource.of(dataset.asDatasetGraph()), articles, facts, fingerprint);
        }
    }

    /**
     * Opens the store if it exists, taking the TDB2 and Lucene locks, so that a store another process holds is
     * refused before the inputs are read, with nothing in the store changed. A new store is created by {@link #load}.
     */
    public void openExisting() throws IOException {
        if (Files.isDirectory(layout.database())) {
            open();
        }
    }

    /** Loads the input into the store (opening it first if {@link #openExisting} did not). */
    public BuildSummary load(Input input, long startNanos) throws IOException, InvalidInputException {
        return load(input, startNanos, () -> { });
    }

    /** Loads the input; {@code loaded} runs once the graphs are committed, before the text index and the dumps. */
    public BuildSummary load(Input input, long startNanos, Runnable loaded) throws IOException, InvalidInputException {
        open();
        BuildStamp.begin(layout);
        DatasetGraphText text = (DatasetGraphText) store.asDatasetGraph();
        DatasetGraph base = text.getBase();
        GraphCounts changes;
        long indexed;
        DumpWriter.Dumps dumps;
        try (DumpWriter.Session dumping = new DumpWriter().open(layout.dumps())) {
            changes = new GraphLoader(listener).load(base, input.graphs(), dumping);
            loaded.run();
            indexed = new TextIndexer().reindex(text);
            dumps = dumping.finish();
        }
        BuildSummary summary = new BuildSummary(input.articles(), input.facts(), changes.triples(), indexed, changes,
                dumps, Duration.ofNanos(System.nanoTime() - startNanos));
        BuildStamp.write(layout, input.fingerprint(), summary);
        return summary;
    }

    private void open() throws IOException {
        if (store == null) {
            Files.createDirectories(layout.database());
            Files.createDirectories(layout.textIndex());
            store = config.assemble();
        }
    }

    /** Closes the store, if it was opened. */
    @Override
    public void close() {
        if (store != null) {
            store.close();
            store = null;
        }
    }
}
