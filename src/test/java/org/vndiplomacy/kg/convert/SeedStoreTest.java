package org.vndiplomacy.kg.convert;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;

/** Tests over the seed graph in a TDB2 store on disk, loaded once per test class. */
abstract class SeedStoreTest {

    @TempDir
    static Path dir;
    static Dataset store;

    @BeforeAll
    static void load() throws Exception {
        store = SeedGraph.tdb2(dir);
    }

    @AfterAll
    static void close() {
        SeedGraph.release(store);
    }
}
