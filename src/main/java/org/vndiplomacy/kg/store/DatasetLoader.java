package org.vndiplomacy.kg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Objects;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.vndiplomacy.kg.store.StoreWriteException.Outcome;
import org.vndiplomacy.kg.validate.InvalidInputException;

/**
 * Loads a converted dataset into the store described by a {@link StoreConfig}: the named graphs in one TDB2 write
 * transaction ({@link GraphLoader}), writing the dumps ({@link DumpWriter}) on another thread meanwhile, then the text
 * index in one Lucene commit ({@link TextIndexer}), then the dumps are moved into place, then the {@link BuildStamp}.
 * Each step commits only when complete, and the stamp comes last, so an interrupted build leaves the previous graphs,
 * or the new ones with each later part whole (the previous one or the new one); the mark of
 * {@link BuildStamp#interrupted} makes such a store stale, to be built again. A failure to write is a
 * {@link StoreWriteException} that says which. The store stays open from {@link #openExisting} or {@link #load}
 * until {@link #close}.
 */
public final class DatasetLoader implements AutoCloseable {

    private final StoreLayout layout;
    private final StoreConfig config;
    private final GraphLoader.Listener listener;
    private Dataset store;
    private Path patch;

    public DatasetLoader(StoreLayout layout, StoreConfig config, GraphLoader.Listener listener) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.config = Objects.requireNonNull(config, "config");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /**
     * The input of a load: the graphs (sorted by name, each opened only if it changed), what they were converted
     * from, and the inputs' fingerprint.
     */
    public record Input(GraphSources graphs, long articles, long facts, String fingerprint) {

        public Input {
            Objects.requireNonNull(graphs, "graphs");
        }

        /** Graphs given in a list, sorted by name. */
        public Input(List<GraphSource> graphs, long articles, long facts, String fingerprint) {
            this(GraphSources.of(graphs), articles, facts, fingerprint);
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

    /**
     * Makes the next load publish an RDF Patch of its graph changes, and of those of earlier builds that committed
     * their graphs and did not complete, to {@code file} once it completes ({@link PatchWriter}), for read replicas;
     * {@code null} publishes none (changes stay pending if some are). The file must not exist.
     */
    public void writePatch(Path file) {
        this.patch = file;
    }

    /** Loads the input into the store (opening it first if {@link #openExisting} did not). */
    public BuildSummary load(Input input, long startNanos) throws IOException, InvalidInputException {
        return load(input, startNanos, () -> { });
    }

    /**
     * Loads the input; {@code loaded} runs once the graphs are committed, before the text index and the dumps. A
     * failure to write (a full disk, a read-only folder) is a {@link StoreWriteException} that says where, why, and
     * what the store holds after it.
     */
    public BuildSummary load(Input input, long startNanos, Runnable loaded) throws IOException, InvalidInputException {
        if (patch != null) {
            PatchWriter.refuseExisting(patch);
        }
        open();
        DatasetGraphText text = (DatasetGraphText) store.asDatasetGraph();
        DatasetGraph base = text.getBase();
        writing(layout.root(), Outcome.NOTHING_WRITTEN, () -> {
            PatchWriter.recover(layout, base);
            BuildStamp.begin(layout);
            return null;
        });
        GraphLoader graphs = new GraphLoader(listener);
        GraphCounts changes;
        long indexed;
        DumpWriter.Dumps dumps;
        try (DumpWriter.Session dumping = writing(layout.dumps(), Outcome.ROLLED_BACK,
                () -> new DumpWriter().open(layout.dumps()))) {
            try {
                changes = loadGraphs(graphs, base, input.graphs(), dumping);
            } catch (IOException | RuntimeException | InternalError e) {
                Path folder = dumping.failed() ? layout.dumps() : layout.database();
                Optional<StoreWriteException> failed = StoreWriteException.of(e, layout, folder,
                        graphs.reachedCommit() ? Outcome.IN_COMMIT : Outcome.ROLLED_BACK);
                if (failed.isPresent()) {
                    throw failed.get();
                }
                throw e;
            }
            loaded.run();
            indexed = writing(layout.textIndex(), Outcome.COMMITTED, () -> new TextIndexer().reindex(text));
            dumps = writing(layout.dumps(), Outcome.COMMITTED, dumping::finish);
        }
        BuildSummary summary = new BuildSummary(input.articles(), input.facts(), changes.triples(), indexed, changes,
                dumps, Duration.ofNanos(System.nanoTime() - startNanos));
        writing(layout.root(), Outcome.COMMITTED, () -> {
            BuildStamp.write(layout, input.fingerprint(), summary);
            return null;
        });
        if (patch != null) {
            try {
                PatchWriter.publish(layout, patch);
            } catch (IOException e) {
                throw new IOException("the store " + layout.root() + " is built, but its patch could not be written to "
                        + patch + " (" + e + "); its changes stay pending in the store's folder, and the next build "
                        + "with --patch writes them", e);
            }
        }
        return summary;
    }

    private GraphCounts loadGraphs(GraphLoader loader, DatasetGraph base, GraphSources graphs,
            DumpWriter.Session dumping) throws IOException, InvalidInputException {
        // changes are recorded when a patch is asked for, and while some are pending, so that none is left out
        if (patch == null && !PatchWriter.pending(layout)) {
            return loader.load(base, graphs, null, dumping);
        }
        try (PatchWriter writer = PatchWriter.open(layout)) {
            GraphCounts changes = loader.load(base, graphs, writer.changes(), dumping);
            writer.committed();
            return changes;
        }
    }

    /** One step of a load that writes to a folder of the store. */
    @FunctionalInterface
    private interface Step<T> {
        T run() throws IOException;
    }

    /** Runs a step, turning its failure to write into a {@link StoreWriteException} with the given outcome. */
    private <T> T writing(Path folder, Outcome outcome, Step<T> step) throws IOException {
        try {
            return step.run();
        } catch (IOException | RuntimeException | InternalError e) {
            Optional<StoreWriteException> failed = StoreWriteException.of(e, layout, folder, outcome);
            if (failed.isPresent()) {
                throw failed.get();
            }
            throw e;
        }
    }

    private void open() throws IOException {
        if (store == null) {
            store = writing(layout.database(), Outcome.NOTHING_WRITTEN, () -> {
                // not asked of existing folders: on a read-only file system that fails too, before the lock says so
                for (Path folder : List.of(layout.database(), layout.textIndex())) {
                    if (!Files.isDirectory(folder)) {
                        Files.createDirectories(folder);
                    }
                }
                return config.assemble();
            });
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
