package org.vndiplomacy.kg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.vndiplomacy.kg.convert.OntologyFiles;
import org.vndiplomacy.kg.corpus.CorpusGenerator;
import org.vndiplomacy.kg.corpus.GeneratedArticle;
import org.vndiplomacy.kg.corpus.WorldBuilder;
import org.vndiplomacy.kg.extract.AnnotationWriter;
import org.vndiplomacy.kg.validate.SeedFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code generate}: a synthetic corpus in a seeds-shaped folder ({@code articles/g000001_{seed}.txt} and
 * {@code annotations/g000001_{seed}.json}), written article by article, then a line with the counts and the
 * throughput.
 */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Generate a synthetic corpus (template-made articles with their annotations) for benchmarks.")
final class GenerateCommand implements Callable<Integer> {

    @Option(names = "--articles", required = true, paramLabel = "N", description = "how many articles")
    private int articles;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "the folder to write articles/ and annotations/ into; new or empty")
    private Path output;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "the corpus seed, 0 or more: the same seed gives the same files (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--texts-only", description = "write the articles only, without annotations (to feed extract)")
    private boolean textsOnly;

    @Option(names = "--ontology", paramLabel = "DIR", defaultValue = "ontology",
            description = "the ontology folder, for the reference data (default: ${DEFAULT-VALUE})")
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
            SeedFiles folder = new SeedFiles(output);
            String problem = articles < 1 ? "--articles must be at least 1, got " + articles
                    : seed < 0 ? "--seed must be 0 or more, got " + seed
                    : notEmpty(folder.articles()) ? folder.articles() + " is not empty; expected a new or empty folder"
                    : notEmpty(folder.annotations()) ? folder.annotations()
                            + " is not empty; expected a new or empty folder" : null;
            if (problem != null) {
                err.println("error: " + problem);
                return ExitCodes.INVALID;
            }
            long start = System.nanoTime();
            CorpusGenerator generator = new CorpusGenerator(WorldBuilder.build(OntologyFiles.read(ontology)
                    .reference(), seed));
            Files.createDirectories(folder.articles());
            if (!textsOnly) {
                Files.createDirectories(folder.annotations());
            }
            long facts = 0;
            long bytes = 0;
            for (int i = 1; i <= articles; i++) {
                GeneratedArticle article = generator.generate(i);
                facts += article.annotation().facts().size();
                bytes += write(folder.articles().resolve(article.articleFile()), article.text());
                if (!textsOnly) {
                    bytes += write(folder.annotations().resolve(article.annotationFile()),
                            AnnotationWriter.toJson(article.annotation()));
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "generated %d article(s), %,d fact(s), %,d bytes in %.2f s (%.1f articles/s)%n",
                    articles, facts, bytes, seconds, articles / Math.max(seconds, 1e-9));
            out.flush();
            return ExitCodes.OK;
        });
    }

    private static long write(Path file, String content) throws IOException {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        Files.write(file, bytes);
        return bytes.length;
    }

    private static boolean notEmpty(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.findAny().isPresent();
        }
    }
}
