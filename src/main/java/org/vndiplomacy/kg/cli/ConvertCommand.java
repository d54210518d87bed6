package org.vndiplomacy.kg.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.apache.jena.graph.Triple;
import org.vndiplomacy.kg.convert.ArticleSpool;
import org.vndiplomacy.kg.convert.DatasetWriter;
import org.vndiplomacy.kg.convert.OntologyFiles;
import org.vndiplomacy.kg.convert.SeedConversion;
import org.vndiplomacy.kg.validate.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code convert}: validates, converts and checks every article (a first pass that keeps none in memory), then writes
 * the graphs one at a time as TriG or N-Quads to a file or stdout: the ontology folder's, each article's, the derived
 * graph last. For N-Quads each article is converted once: the first pass writes its lines to a temporary file, copied
 * out in the order of the graphs' names once every check has passed; for TriG it is converted again. A file is
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
            try (SeedPasses passes = input.passes(ontology, null);
                    ArticleSpool spool = chosen == DatasetWriter.Format.NQUADS ? new ArticleSpool(folder) : null) {
                if (spool == null) {
                    passes.check(count -> { });
                } else {
                    passes.check(count -> { }, (name, graph) -> spool.add(name, graph.getGraph()));
                }
                if (output == null) {
                    OutputStream stdout = new BufferedOutputStream(System.out, 1 << 16);
                    write(passes.conversion(), chosen, spool, stdout);
                    stdout.flush();
                } else {
                    writeFile(passes.conversion(), chosen, spool);
                }
            }
            return ExitCodes.OK;
        });
    }

    /**
     * The graphs, one at a time: the ontology folder's, each article's (from the spool the first pass wrote for
     * N-Quads, converted again for TriG), the derived, entities and statistics graphs.
     */
    private static void write(SeedConversion conversion, DatasetWriter.Format format, ArticleSpool spool,
            OutputStream out) throws IOException, InvalidInputException {
        try (DatasetWriter.Session session = new DatasetWriter().open(format, out)) {
            for (SeedConversion.FixedGraph graph : conversion.fixed()) {
                session.graph(graph.name(), graph.model().getGraph());
            }
            try (Stream<SeedConversion.ArticleGraph> articles = conversion.articles()) {
                for (Iterator<SeedConversion.ArticleGraph> it = articles.iterator(); it.hasNext(); ) {
                    SeedConversion.ArticleGraph article = it.next();
                    if (spool != null) {
                        // N-Quads lines go straight to out: the session holds none back
                        spool.copy(article.name(), out);
                    } else {
                        session.graph(article.name(), conversion.article(article).getGraph());
                    }
                }
            }
            for (SeedConversion.ComputedGraph graph : conversion.computed()) {
                try (Stream<Triple> triples = graph.triples().get()) {
                    session.graph(graph.name(), triples);
                }
            }
        }
    }

    private void writeFile(SeedConversion conversion, DatasetWriter.Format chosen, ArticleSpool spool)
            throws IOException, InvalidInputException {
        Path target = output.toAbsolutePath();
        Path temp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 16)) {
                write(conversion, chosen, spool, out);
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
