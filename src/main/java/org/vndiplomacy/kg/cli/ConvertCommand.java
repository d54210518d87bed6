package org.vndiplomacy.kg.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.jena.query.Dataset;
import org.vndiplomacy.kg.convert.DatasetConverter;
import org.vndiplomacy.kg.convert.DatasetWriter;
import org.vndiplomacy.kg.convert.OntologyFiles;
import org.vndiplomacy.kg.convert.ShapeCheck;
import org.vndiplomacy.kg.validate.InvalidInputException;
import org.vndiplomacy.kg.validate.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code convert}: validates, then writes the whole dataset as TriG or N-Quads to a file or stdout. A file is
 * written to a temporary name and moved into place, so a failed run leaves no partial output.
 */
@Command(name = "convert", mixinStandardHelpOptions = true,
        description = "Validate, then write the graph (all named graphs) as TriG or N-Quads.")
final class ConvertCommand implements Callable<Integer> {

    @Mixin
    private InputOptions input;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "trig",
            description = "trig or nquads (default: ${DEFAULT-VALUE})")
    private String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "the output file (default: stdout)")
    private Path output;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return CommandRunner.run(spec.commandLine().getErr(), input.verbose, () -> {
            DatasetWriter.Format chosen;
            try {
                chosen = DatasetWriter.Format.parse(format);
            } catch (IllegalArgumentException e) {
                spec.commandLine().getErr().println("error: --format: " + e.getMessage());
                return ExitCodes.INVALID;
            }
            Path folder = output == null ? null : output.toAbsolutePath().getParent();
            if (folder != null && !Files.isDirectory(folder)) {
                spec.commandLine().getErr().println("error: --output: the folder " + folder + " does not exist");
                return ExitCodes.IO;
            }
            OntologyFiles ontology = input.readOntology();
            Dataset dataset = new DatasetConverter(ontology).convert(input.readSeeds(ontology));
            List<Problem> violations = new ShapeCheck(ontology.shapes()).check(dataset);
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            if (output == null) {
                new DatasetWriter().write(dataset, chosen, System.out);
                System.out.flush();
            } else {
                writeFile(dataset, chosen);
            }
            return ExitCodes.OK;
        });
    }

    private void writeFile(Dataset dataset, DatasetWriter.Format chosen) throws IOException {
        Path target = output.toAbsolutePath();
        Path temp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                new DatasetWriter().write(dataset, chosen, out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
