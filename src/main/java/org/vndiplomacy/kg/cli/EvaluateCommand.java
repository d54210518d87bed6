package org.vndiplomacy.kg.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.vndiplomacy.kg.annotation.AnnotationFile;
import org.vndiplomacy.kg.convert.OntologyFiles;
import org.vndiplomacy.kg.extract.ArticleExtractor;
import org.vndiplomacy.kg.extract.ExtractionEvaluator;
import org.vndiplomacy.kg.extract.GazetteerReader;
import org.vndiplomacy.kg.validate.AnnotatedArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code evaluate}: runs the extractor on every article that has a curated annotation and prints precision,
 * recall and F1 per kind and overall, then what it missed and what it found that the curators did not.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Compare the extractor's output with the curated annotations: precision, recall, F1.")
final class EvaluateCommand implements Callable<Integer> {

    /** The kinds the extractor's targets are set for. */
    static final List<String> TARGET = List.of("entities", "PositionHolding", "Partnership", "Visit", "Observation");

    @Mixin
    private InputOptions input;

    @Option(names = "--quiet", description = "print the table only, not the misses and false hits")
    private boolean quiet;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        return CommandRunner.run(spec.commandLine().getErr(), input.verbose, () -> {
            OntologyFiles ontology = input.readOntology();
            List<AnnotatedArticle> articles = input.readAnnotationFiles(ontology);
            ArticleExtractor extractor = new ArticleExtractor(GazetteerReader.read(ontology.ontology(),
                    ontology.reference()));
            ExtractionEvaluator evaluator = new ExtractionEvaluator();
            Map<String, ExtractionEvaluator.Outcome> outcomes = new LinkedHashMap<>();
            for (AnnotatedArticle a : articles) {
                if (!a.annotation().annotator().isCurated()) {
                    continue;
                }
                AnnotationFile extracted = extractor.extract(a.annotation().article().sourceFile(),
                        a.article().text());
                outcomes.put(a.display(), evaluator.compare(a.annotation(), extracted));
            }
            if (outcomes.isEmpty()) {
                spec.commandLine().getErr().println("error: no curated annotations in " + input.seeds
                        + " to compare the extractor with");
                return ExitCodes.INVALID;
            }
            new EvaluationReport(outcomes).print(out, !quiet);
            out.flush();
            return ExitCodes.OK;
        });
    }
}
