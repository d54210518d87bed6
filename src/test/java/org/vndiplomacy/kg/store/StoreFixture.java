package org.vndiplomacy.kg.store;

import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.vndiplomacy.kg.convert.DatasetConverter;
import org.vndiplomacy.kg.convert.OntologyFiles;
import org.vndiplomacy.kg.validate.AnnotatedArticle;
import org.vndiplomacy.kg.validate.SeedFiles;
import org.vndiplomacy.kg.validate.SeedReader;

/** Builds the seed store for tests, as {@code build} does, in a folder of the test's choosing. */
public final class StoreFixture {

    /** The Fuseki configuration of the project. */
    public static final Path CONFIG = Path.of("fuseki-config", "config.ttl");

    private StoreFixture() {
    }

    /** The seeds converted in memory. */
    public static Dataset convertSeeds() throws Exception {
        OntologyFiles ontology = OntologyFiles.read(Path.of("ontology"));
        List<AnnotatedArticle> inputs = new SeedReader().read(new SeedFiles(Path.of("seeds")), ontology.knownTerms());
        return new DatasetConverter(ontology).convert(inputs);
    }

    /** Builds the seed store (TDB2, text index, stamp) under {@code root}; returns its configuration. */
    public static StoreConfig build(Path root) throws Exception {
        StoreLayout layout = new StoreLayout(root);
        StoreConfig config = StoreConfig.read(CONFIG, layout);
        try (DatasetLoader loader = new DatasetLoader(layout, config, change -> { })) {
            loader.load(new DatasetLoader.Input(convertSeeds(), 5, 107, "test"), System.nanoTime());
        }
        return config;
    }

    /** Drops the JVM's cached connection to the TDB2 database, so that the next use opens it from disk. */
    public static void release(StoreLayout layout) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(layout.database().toString());
        TDBInternal.expel(dsg);
    }
}
