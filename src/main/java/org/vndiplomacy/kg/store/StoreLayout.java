package org.vndiplomacy.kg.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the parts of one store live under its folder ({@code --db}, default {@code data/tdb2}): the TDB2
 * database, the Lucene text index, the dumps, and the stamp of the last complete build.
 */
public record StoreLayout(Path root) {

    public static final Path DEFAULT_ROOT = Path.of("data", "tdb2");

    public StoreLayout {
        Objects.requireNonNull(root, "root");
        root = root.toAbsolutePath().normalize();
    }

    /** The TDB2 database folder. */
    public Path database() {
        return root.resolve("dataset");
    }

    /** The Lucene index folder. */
    public Path textIndex() {
        return root.resolve("text-index");
    }

    /** The dumps of the whole graph (gzipped N-Quads and TriG) and their manifest. */
    public Path dumps() {
        return root.resolve("dumps");
    }

    /** The stamp written after a complete build. */
    public Path stamp() {
        return root.resolve("build.properties");
    }
}
