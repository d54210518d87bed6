package org.vndiplomacy.kg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.vndiplomacy.kg.bench.BenchRun;
import org.vndiplomacy.kg.bench.BenchSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench}: on one generated corpus, times conversion (against RMLMapper and RIOT's parse rate), the full build
 * (against tdb2.tdbloader and Virtuoso's bulk loader) and SPARQL serving (against Virtuoso), each tool a child
 * process, and writes the tables into the benchmarks page. {@code bench/run.sh} fetches the tools and runs it.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark conversion, build and SPARQL serving against RMLMapper, Jena and Virtuoso.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "N", defaultValue = "1000",
            description = "articles of the generated corpus (default: ${DEFAULT-VALUE})")
    private int articles;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "corpus seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "20",
            description = "seconds of load per level of concurrency (default: ${DEFAULT-VALUE})")
    private int duration;

    @Option(names = "--clients", paramLabel = "N,N", split = ",", defaultValue = "1,4,8",
            description = "levels of concurrency (default: ${DEFAULT-VALUE})")
    private List<Integer> clients;

    @Option(names = "--runs-per-query", paramLabel = "N", defaultValue = "3",
            description = "runs of each query on its own (default: ${DEFAULT-VALUE})")
    private int runsPerQuery;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "time limit of a query on every server (default: ${DEFAULT-VALUE})")
    private int queryTimeout;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "docs/BENCHMARKS.md",
            description = "the page to write the results into; 'none' to only print them (default: ${DEFAULT-VALUE})")
    private String output;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench",
            description = "the working folder: corpus, N-Quads, stores, logs (default: ${DEFAULT-VALUE})")
    private Path work;

    @Option(names = "--tools", paramLabel = "DIR", defaultValue = "target/bench-tools",
            description = "where bench/run.sh put RMLMapper and the Jena distribution (default: ${DEFAULT-VALUE})")
    private Path tools;

    @Option(names = "--jar", paramLabel = "FILE", defaultValue = "target/vn-diplomacy-kg.jar",
            description = "the project's jar, run for generate, convert, build and serve (default: ${DEFAULT-VALUE})")
    private Path jar;

    @Option(names = "--tdb-loaders", paramLabel = "NAME,NAME", split = ",", defaultValue = "sequential,phased",
            description = "tdb2.tdbloader --loader values to run (default: ${DEFAULT-VALUE})")
    private List<String> tdbLoaders;

    @Option(names = "--virtuoso-loaders", paramLabel = "N", defaultValue = "0",
            description = "rdf_loader_run() at once (default: one per CPU)")
    private int virtuosoLoaders;

    @Option(names = "--virtuoso-buffers", paramLabel = "N", defaultValue = "340000",
            description = "Virtuoso's NumberOfBuffers, 8 KiB each (default: ${DEFAULT-VALUE}, about 2.6 GiB)")
    private int virtuosoBuffers;

    @Option(names = "--heap", paramLabel = "SIZE",
            description = "-Xmx of every JVM it starts: ours, RMLMapper, riot, tdb2.tdbloader (default: the JVM's)")
    private String heap;

    @Option(names = "--step-timeout", paramLabel = "SECONDS", defaultValue = "3600",
            description = "stop a command that runs longer, and report it as failed (default: ${DEFAULT-VALUE})")
    private int stepTimeout;

    @Option(names = "--skip", paramLabel = "PART,PART", split = ",",
            description = "parts not to run: rml, riot, tdbloader, virtuoso, serving")
    private Set<String> skip = Set.of();

    @Option(names = "--verbose", description = "print stack traces of internal errors")
    private boolean verbose;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return CommandRunner.run(err, verbose, null, () -> {
            Path root = Path.of("").toAbsolutePath();
            if (!Files.isDirectory(root.resolve("queries")) || !Files.exists(root.resolve("bench/rml"))) {
                err.println("error: run bench from the project folder (it reads queries/ and bench/rml/)");
                return ExitCodes.IO;
            }
            if (!Files.exists(jar)) {
                err.println("error: --jar: " + jar + " does not exist (mvn -B package -DskipTests makes it)");
                return ExitCodes.IO;
            }
            BenchSettings settings;
            try {
                settings = settings(root);
            } catch (IllegalArgumentException e) {
                err.println("error: " + e.getMessage());
                return ExitCodes.INVALID;
            }
            try {
                out.println(new BenchRun(settings, out).run());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.IOException("interrupted", e);
            }
            return ExitCodes.OK;
        });
    }

    private BenchSettings settings(Path root) {
        int loaders = virtuosoLoaders > 0 ? virtuosoLoaders : Runtime.getRuntime().availableProcessors();
        Path page = "none".equals(output) ? null : root.resolve(output);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new BenchSettings(articles, seed, Duration.ofSeconds(duration), clients, runsPerQuery, queryTimeout,
                root, root.resolve(work), root.resolve(tools), root.resolve(jar), page, tdbLoaders, loaders,
                virtuosoBuffers, skip, java, heap, Duration.ofSeconds(stepTimeout));
    }
}
