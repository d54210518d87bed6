package org.vndiplomacy.kg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.vndiplomacy.kg.annotation.AnnotationFile;
import org.vndiplomacy.kg.convert.OntologyFiles;
import org.vndiplomacy.kg.extract.AnnotationWriter;
import org.vndiplomacy.kg.extract.ArticleExtractor;
import org.vndiplomacy.kg.extract.GazetteerReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code extract}: article texts in, annotation files out (one {@code {stem}.json} per article in the output
 * folder, or the JSON on stdout for a single article), then a line with the count and the throughput.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Extract entities and facts from article texts into annotation files.")
final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ARTICLE", arity = "1..*",
            description = "article text files (*.txt), or folders of them")
    private List<Path> inputs;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR",
            description = "write {stem}.json files here (default: print the JSON of a single article)")
    private Path output;

    @Option(names = "--ontology", paramLabel = "DIR", defaultValue = "ontology",
            description = "the ontology folder, for the gazetteers (default: ${DEFAULT-VALUE})")
    private Path ontology;

    @Option(names = "--verbose", description = "print stack traces of internal errors")
    private boolean verbose;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return CommandRunner.run(err, verbose, () -> {
            List<Path> articles = articles();
            if (articles.isEmpty()) {
                err.println("error: no articles (*.txt) in " + inputs);
                return ExitCodes.INVALID;
            }
            if (output == null && articles.size() != 1) {
                err.println("error: " + articles.size() + " articles; give --output DIR to write their annotations");
                return ExitCodes.INVALID;
            }
            OntologyFiles files = OntologyFiles.read(ontology);
            ArticleExtractor extractor = new ArticleExtractor(GazetteerReader.read(files.ontology(),
                    files.reference()));
            if (output != null) {
                Files.createDirectories(output);
            }
            long start = System.nanoTime();
            long facts = 0;
            for (Path article : articles) {
                String name = article.getFileName().toString();
                String text;
                try {
                    text = Files.readString(article, StandardCharsets.UTF_8);
                } catch (java.nio.charset.CharacterCodingException e) {
                    err.println("error: " + article + ": not UTF-8 text; expected a UTF-8 article");
                    return ExitCodes.INVALID;
                }
                AnnotationFile annotation = extractor.extract(name, text);
                facts += annotation.facts().size();
                String json = AnnotationWriter.toJson(annotation);
                if (output == null) {
                    out.print(json);
                } else {
                    Files.writeString(output.resolve(name.replaceFirst("\\.txt$", "") + ".json"), json,
                            StandardCharsets.UTF_8);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            err.printf(Locale.ROOT, "extracted %d article(s), %d fact(s) in %.2f s (%.1f articles/s)%n",
                    articles.size(), facts, seconds, articles.size() / Math.max(seconds, 1e-9));
            out.flush();
            err.flush();
            return ExitCodes.OK;
        });
    }

    /** The article files: the files given, and the {@code *.txt} files of the folders given, sorted. */
    private List<Path> articles() throws IOException {
        List<Path> articles = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                try (Stream<Path> files = Files.list(input)) {
                    files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(articles::add);
                }
            } else if (Files.isRegularFile(input)) {
                articles.add(input);
            } else {
                throw new NoSuchFileException(input.toString(), null, "no such article file or folder");
            }
        }
        return articles;
    }
}
