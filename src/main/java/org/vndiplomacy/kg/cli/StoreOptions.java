package org.vndiplomacy.kg.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.vndiplomacy.kg.store.StoreConfig;
import org.vndiplomacy.kg.store.StoreLayout;
import org.vndiplomacy.kg.validate.InvalidInputException;
import picocli.CommandLine.Option;

/** Options of the commands that use the store: its folder and the Fuseki configuration that describes it. */
final class StoreOptions {

    @Option(names = "--db", paramLabel = "DIR", defaultValue = "data/tdb2",
            description = "the store folder (default: ${DEFAULT-VALUE})")
    Path db;

    @Option(names = "--config", paramLabel = "FILE", defaultValue = "fuseki-config/config.ttl",
            description = "the Fuseki configuration (default: ${DEFAULT-VALUE})")
    Path config;

    StoreLayout layout() {
        return new StoreLayout(db);
    }

    StoreConfig readConfig() throws IOException, InvalidInputException {
        return StoreConfig.read(config, layout());
    }
}
