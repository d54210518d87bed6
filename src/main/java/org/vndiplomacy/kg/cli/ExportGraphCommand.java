package org.vndiplomacy.kg.cli;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.vndiplomacy.kg.server.PartnerGraphExport;
import org.vndiplomacy.kg.store.BuildStamp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code export-graph}: the partner-relations graph as GraphML, GEXF or JSON, for Gephi, Cytoscape and others. */
@Command(name = "export-graph", mixinStandardHelpOptions = true,
        description = "Write the partner-relations graph as GraphML, GEXF or JSON (Gephi, Cytoscape desktop).")
final class ExportGraphCommand implements Callable<Integer> {

    @Mixin
    private StoreOptions store;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "graphml",
            description = "graphml, gexf or json (default: ${DEFAULT-VALUE})")
    private String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "the file to write")
    private Path output;

    @Option(names = "--verbose", description = "print stack traces of internal errors")
    private boolean verbose;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return CommandRunner.run(spec.commandLine().getErr(), verbose, null, () -> {
            String chosen = format.toLowerCase(Locale.ROOT);
            if (!chosen.matches("graphml|gexf|json")) {
                spec.commandLine().getErr().println("error: --format: expected graphml, gexf or json, got \""
                        + format + "\"");
                return ExitCodes.INVALID;
            }
            if (!BuildStamp.built(store.layout())) {
                spec.commandLine().getErr().println("error: no built store in " + store.layout().root()
                        + " (run the build command first)");
                return ExitCodes.IO;
            }
            Path target = output.toAbsolutePath();
            Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
            Dataset dataset = store.readConfig().assemble();
            try (OutputStream out = Files.newOutputStream(temp)) {
                String summary = PartnerGraphExport.write(dataset, chosen, out);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                spec.commandLine().getOut().println(target + ": " + summary);
            } finally {
                Files.deleteIfExists(temp);
                dataset.close();
            }
            return ExitCodes.OK;
        });
    }
}
