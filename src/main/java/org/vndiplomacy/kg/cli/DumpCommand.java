package org.vndiplomacy.kg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.vndiplomacy.kg.store.BuildStamp;
import org.vndiplomacy.kg.store.DumpWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code dump}: writes the whole store as gzipped N-Quads and TriG, with their checksums (build does it too). */
@Command(name = "dump", mixinStandardHelpOptions = true,
        description = "Write the whole store as gzipped N-Quads and TriG with a version and SHA-256 checksums.")
final class DumpCommand implements Callable<Integer> {

    @Mixin
    private StoreOptions store;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "the folder for the dumps (default: the store's dumps/ folder)")
    private Path output;

    @Option(names = "--verbose", description = "print stack traces of internal errors")
    private boolean verbose;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return CommandRunner.run(spec.commandLine().getErr(), verbose, null, () -> {
            if (!BuildStamp.built(store.layout())) {
                spec.commandLine().getErr().println("error: no built store in " + store.layout().root()
                        + " (run the build command first)");
                return ExitCodes.IO;
            }
            Path folder = output != null ? output : store.layout().dumps();
            Dataset dataset = store.readConfig().assemble();
            DumpWriter.Dumps dumps;
            try {
                dumps = new DumpWriter().write(dataset, folder);
            } finally {
                dataset.close();
            }
            for (DumpWriter.Dump d : dumps.files()) {
                spec.commandLine().getOut().printf("%s  %s (%,d bytes)%n", d.sha256(), folder.resolve(d.file()),
                        d.bytes());
            }
            spec.commandLine().getOut().printf("version %s%n", dumps.version());
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        });
    }
}
