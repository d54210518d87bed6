package org.vndiplomacy.kg.cli;

import java.util.concurrent.Callable;
import org.vndiplomacy.kg.convert.OntologyFiles;
import org.vndiplomacy.kg.validate.SeedReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code validate}: checks every annotation file against the schema and its article; writes nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the annotations against the schema, their articles and the ontology.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    private InputOptions input;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        return CommandRunner.run(spec.commandLine().getErr(), input.verbose, () -> {
            OntologyFiles ontology = input.readOntology();
            SeedReader.Scan scan = input.scan(ontology);
            spec.commandLine().getOut().printf("ok: %d article(s), %d fact(s), %d mention(s)%n",
                    scan.articles(), scan.facts(), scan.mentions());
            spec.commandLine().getOut().flush();
            return ExitCodes.OK;
        });
    }
}
