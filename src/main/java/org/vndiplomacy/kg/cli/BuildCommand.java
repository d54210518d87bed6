package org.vndiplomacy.kg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code build}: validate, convert and load the seeds into the TDB2 store and its text index. Only the named
 * graphs that changed are written (what differs in them); a failed build leaves the previous store as it was.
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Validate, convert and load the seeds into the TDB2 store (only changed graphs are written).")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    private InputOptions input;

    @Mixin
    private StoreOptions store;

    @Option(names = "--patch", paramLabel = "FILE", description = "also write the RDF Patch of the graphs this "
            + "build deleted and added, with those of earlier builds that committed and did not complete (for read "
            + "replicas, see docs/SCALING.md); written only when the build completes, and never over an existing file")
    private Path patch;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return CommandRunner.run(spec.commandLine().getErr(), input.verbose, () -> {
            new BuildStep(input, store.layout(), store.readConfig(), spec.commandLine().getOut(), BuildStep.none())
                    .patch(patch).run();
            return ExitCodes.OK;
        });
    }
}
