package org.vndiplomacy.kg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.vndiplomacy.kg.convert.OntologyFiles;
import org.vndiplomacy.kg.validate.AnnotatedArticle;
import org.vndiplomacy.kg.validate.InvalidInputException;
import org.vndiplomacy.kg.validate.SeedFiles;
import org.vndiplomacy.kg.validate.SeedReader;
import picocli.CommandLine.Option;

/** Options shared by the commands that read the seeds: where the seeds and the ontology are. */
final class InputOptions {

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
            description = "the seeds folder, with articles/ and annotations/ (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Option(names = "--ontology", paramLabel = "DIR", defaultValue = "ontology",
            description = "the ontology folder (default: ${DEFAULT-VALUE})")
    Path ontology;

    @Option(names = "--verbose", description = "print stack traces of internal errors")
    boolean verbose;

    OntologyFiles readOntology() throws IOException {
        return OntologyFiles.read(ontology);
    }

    List<AnnotatedArticle> readSeeds(OntologyFiles files) throws IOException, InvalidInputException {
        return new SeedReader().read(new SeedFiles(seeds), files.knownTerms());
    }
}
