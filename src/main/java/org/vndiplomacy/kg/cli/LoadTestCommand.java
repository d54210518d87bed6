package org.vndiplomacy.kg.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.vndiplomacy.kg.bench.LoadReport;
import org.vndiplomacy.kg.bench.LoadTest;
import org.vndiplomacy.kg.bench.LoadTestSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code loadtest}: serves the store from a child JVM on the loopback and loads it with concurrent clients for a set
 * time (the query catalog, resource pages, searches, the landing page, the partner graph), then prints requests,
 * errors, throughput, latencies, the server's peak RSS and whether its memory grew. Exit code 1 when a request
 * failed or memory grew.
 */
@Command(name = "loadtest", mixinStandardHelpOptions = true,
        description = "Load a server of the store, started on the loopback, with concurrent clients for a set time.")
final class LoadTestCommand implements Callable<Integer> {

    @Mixin
    private InputOptions input;

    @Mixin
    private StoreOptions store;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "8",
            description = "concurrent clients, 1 to 64 (default: ${DEFAULT-VALUE})")
    private int clients;

    @Option(names = "--duration", paramLabel = "SECONDS", defaultValue = "60",
            description = "seconds of load, 1 to 3600 (default: ${DEFAULT-VALUE})")
    private int duration;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "42",
            description = "seed of the clients' draws of requests (default: ${DEFAULT-VALUE})")
    private long seed;

    @Option(names = "--host", paramLabel = "HOST", defaultValue = "127.0.0.1",
            description = "the address the clients connect to: 127.0.0.1, localhost or ::1 (default: "
                    + "${DEFAULT-VALUE})")
    private String host;

    @Option(names = "--query-timeout", paramLabel = "SECONDS",
            description = "the server's query timeout (default: the configuration's, 30)")
    private Integer queryTimeout;

    @Option(names = "--heap", paramLabel = "SIZE", defaultValue = "1g",
            description = "the server's heap, fixed (-Xms and -Xmx), so that its RSS does not follow the heap's "
                    + "resizing (default: ${DEFAULT-VALUE})")
    private String heap;

    @Option(names = "--jvm-option", paramLabel = "OPTION",
            description = "an option for the JVMs of the build and the server, such as "
                    + "-XX:NativeMemoryTracking=summary; repeatable")
    private List<String> jvmOptions = new ArrayList<>();

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "target/loadtest",
            description = "the folder for the server's and the build's logs (default: ${DEFAULT-VALUE})")
    private Path work;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        return CommandRunner.run(err, input.verbose, null, () -> {
            if (!Files.isDirectory(Path.of("queries"))) {
                err.println("error: run loadtest from the project folder (it reads queries/)");
                return ExitCodes.IO;
            }
            if (!heap.matches("[0-9]+[kKmMgG]?")) {
                err.println("error: --heap: expected a size such as 2g, got '" + heap + "'");
                return ExitCodes.INVALID;
            }
            LoadTestSettings settings;
            try {
                settings = new LoadTestSettings(Path.of("").toAbsolutePath(), project(), storeOptions(),
                        new BuildStep(input, store.layout(), store.readConfig(), out, BuildStep.none()).stale(),
                        clients, Duration.ofSeconds(duration), seed, host, queryTimeout, work);
            } catch (IllegalArgumentException e) {
                err.println("error: " + e.getMessage());
                return ExitCodes.INVALID;
            }
            LoadReport report;
            try {
                report = new LoadTest(settings, out).run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new java.io.IOException("interrupted", e);
            }
            report.lines().forEach(out::println);
            out.flush();
            return report.passed() ? ExitCodes.OK : ExitCodes.IO;
        });
    }

    /**
     * {@code java -Xms... -Xmx... -XX:+AlwaysPreTouch -cp CLASSPATH MainCommand}: this JVM's classes (the jar) in a
     * new JVM whose heap is resident from its start, so that its RSS moves only with what the server itself keeps.
     */
    private List<String> project() {
        List<String> args = new ArrayList<>();
        args.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        args.add("-Xms" + heap);
        args.add("-Xmx" + heap);
        args.add("-XX:+AlwaysPreTouch");
        args.addAll(jvmOptions);
        args.addAll(List.of("-cp", System.getProperty("java.class.path"), MainCommand.class.getName()));
        return args;
    }

    /** The options that name the store and its inputs, as given: for the build and the server. */
    private List<String> storeOptions() {
        List<String> options = new ArrayList<>(List.of("--db", store.db.toString(), "--config",
                store.config.toString(), "--seeds", input.seeds.toString(), "--ontology", input.ontology.toString()));
        if (input.extractionOnly) {
            options.add("--extraction-only");
        }
        return options;
    }
}
