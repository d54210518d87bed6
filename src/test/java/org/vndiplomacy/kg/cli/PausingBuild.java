package org.vndiplomacy.kg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.vndiplomacy.kg.store.GraphChange;
import org.vndiplomacy.kg.store.StoreConfig;
import org.vndiplomacy.kg.store.StoreLayout;

/**
 * A build that stops inside its write transaction, right after the first graph it writes, and waits to be killed:
 * run in a child JVM by {@link BuildKillTest}. Arguments: seeds folder, ontology folder, store folder.
 */
public final class PausingBuild {

    private PausingBuild() {
    }

    public static void main(String[] args) throws Exception {
        InputOptions input = new InputOptions();
        input.seeds = Path.of(args[0]);
        input.ontology = Path.of(args[1]);
        StoreLayout layout = new StoreLayout(Path.of(args[2]));
        StoreConfig config = StoreConfig.read(Path.of("fuseki-config", "config.ttl"), layout);
        PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
        new BuildStep(input, layout, config, out, (GraphChange change) -> {
            if (change.touched()) {
                out.println("PAUSED after " + change.kind() + " " + change.graph());
                out.flush();
                sleepForever();
            }
        }).run();
        out.println("FINISHED");
    }

    private static void sleepForever() {
        try {
            Thread.sleep(Long.MAX_VALUE);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
