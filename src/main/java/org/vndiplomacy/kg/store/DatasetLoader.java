package org.vndiplomacy.kg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;

/**
 * Loads a converted dataset into the store described by a {@link StoreConfig}: the named graphs in one TDB2 write
 * transaction ({@link GraphLoader}), then the text index in one Lucene commit ({@link TextIndexer}), then the dumps
 * ({@link DumpWriter}), then the {@link BuildStamp}. Each step commits only when complete, and the stamp comes last, so an interrupted build
 * leaves either the previous store or the new one, and a store without a current stamp is built again.
 */
public final class DatasetLoader {

    private final StoreLayout layout;
    private final StoreConfig config;
    private final GraphLoader.Listener listener;

    public DatasetLoader(StoreLayout layout, StoreConfig config, GraphLoader.Listener listener) {
        this.layout = Objects.requireNonNull(layout, "layout");
        this.config = Objects.requireNonNull(config, "config");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** The input of a load: the converted dataset, what it was converted from, and the inputs' fingerprint. */
    public record Input(Dataset dataset, long articles, long facts, String fingerprint) {
    }

    public BuildSummary load(Input input, long startNanos) throws IOException {
        Files.createDirectories(layout.database());
        Files.createDirectories(layout.textIndex());
        BuildStamp.begin(layout);
        Dataset store = config.assemble();
        try {
            DatasetGraphText text = (DatasetGraphText) store.asDatasetGraph();
            DatasetGraph base = text.getBase();
            List<GraphChange> changes = new GraphLoader(listener).load(base, input.dataset().asDatasetGraph());
            long indexed = new TextIndexer().reindex(text);
            long triples = Txn.calculateRead(base, () -> countQuads(base));
            DumpWriter.Dumps dumps = new DumpWriter().write(store, layout.dumps());
            BuildSummary summary = new BuildSummary(input.articles(), input.facts(), triples, indexed, changes,
                    dumps, Duration.ofNanos(System.nanoTime() - startNanos));
            BuildStamp.write(layout, input.fingerprint(), summary);
            return summary;
        } finally {
            store.close();
        }
    }

    private static long countQuads(DatasetGraph base) {
        long count = 0;
        var quads = base.find(Node.ANY, Node.ANY, Node.ANY, Node.ANY);
        while (quads.hasNext()) {
            quads.next();
            count++;
        }
        return count;
    }
}
