package org.vndiplomacy.kg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.vndiplomacy.kg.bench.ScalingRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code bench-scaling}: builds generated corpora of growing size, each in a child JVM with the same heap limit, and
 * prints build time, quads/s and the live heap (after a full GC, every 10 s) per size, with a line fitted to time
 * against quads.
 */
@Command(name = "bench-scaling", mixinStandardHelpOptions = true,
        description = "Build generated corpora of growing size with one heap limit: time and heap against size.")
final class BenchScalingCommand implements Callable<Integer> {

    @Option(names = "--articles", paramLabel = "N,N", split = ",", defaultValue = "1000,3000,10000",
            description = "corpus sizes (default: ${DEFAULT-VALUE})")
    private List<Integer> sizes;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "corpus seed (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "1g",
            description = "-Xmx of every build (default: ${DEFAULT-VALUE})")
    private String heap;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/bench-scaling",
            description = "the working folder: corpora, stores (deleted after each size), logs "
                    + "(default: ${DEFAULT-VALUE})")
    private Path work;

    @Option(names = "--jar", paramLabel = "FILE", defaultValue = "target/vn-diplomacy-kg.jar",
            description = "the project's jar, run for generate and build (default: ${DEFAULT-VALUE})")
    private Path jar;

    @Option(names = "--output", paramLabel = "FILE", defaultValue = "none",
            description = "a page to write the table into (between <!-- bench:scaling --> markers); "
                    + "'none' to only print it (default: ${DEFAULT-VALUE})")
    private String output;

    @Option(names = "--step-timeout", paramLabel = "SECONDS", defaultValue = "14400",
            description = "stop a command that runs longer (default: ${DEFAULT-VALUE})")
    private int stepTimeout;

    @Option(names = "--verbose", description = "print stack traces of internal errors")
    private boolean verbose;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return CommandRunner.run(err, verbose, null, () -> {
            if (!Files.exists(jar)) {
                err.println("error: --jar: " + jar + " does not exist (mvn -B package -DskipTests makes it)");
                return ExitCodes.IO;
            }
            if (sizes.stream().anyMatch(n -> n < 1)) {
                err.println("error: --articles: every size must be at least 1, got " + sizes);
                return ExitCodes.INVALID;
            }
            Path root = Path.of("").toAbsolutePath();
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String report = new ScalingRun(root, root.resolve(work), root.resolve(jar), java, heap, seed,
                    Duration.ofSeconds(stepTimeout), out).run(sizes);
            out.println(report);
            if (!"none".equals(output)) {
                ScalingRun.writeInto(root.resolve(output), report);
            }
            return ExitCodes.OK;
        });
    }
}
