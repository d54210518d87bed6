package org.vndiplomacy.kg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One benchmark run: a corpus generated with the project's {@code generate}, then conversion, build and serving on
 * it, then the report, printed and written into the benchmarks page.
 */
public final class BenchRun {

    private static final Pattern GENERATED = Pattern.compile("generated ([0-9,]+) article\\(s\\), ([0-9,]+) fact");
    /** What a run writes into its work folder, and deletes there before it starts. */
    private static final List<String> OUTPUTS = List.of("corpus", "ours.nq", "rml", "db-ours", "db-tdb2-sequential",
            "db-tdb2-phased", "db-tdb2-parallel", "db-tdb2-basic", "virtuoso-load", "virtuoso-db", "logs");

    private final BenchSettings settings;
    private final BenchContext context;

    public BenchRun(BenchSettings settings, PrintWriter out) {
        this.settings = settings;
        this.context = new BenchContext(settings, out);
    }

    /** Runs it; returns the report. */
    public String run() throws IOException, InterruptedException {
        MachineInfo machine = MachineInfo.read();
        String loadBefore = MachineInfo.loadAverage();
        clean();
        generate();
        ConversionPhase.run(context);
        BuildPhase.run(context);
        deleteTree(settings.work().resolve("rml/output.nq"));
        if (settings.runs("serving") && context.built) {
            ServingPhase.run(context);
        } else if (settings.runs("serving")) {
            context.note("the project's build failed: no serving benchmark");
        }
        String report = new BenchReport(context).markdown(machine, LocalDate.now().toString(), loadBefore,
                MachineInfo.loadAverage());
        if (settings.output() != null) {
            BenchmarkDoc.update(settings.output(), settings.articles(), report);
            context.progress("wrote the results into " + context.relative(settings.output()));
        }
        return report;
    }

    private void clean() throws IOException {
        for (String output : OUTPUTS) {
            deleteTree(settings.work().resolve(output));
        }
        Files.createDirectories(settings.logs());
    }

    private void generate() throws IOException {
        ChildProcess.Result result = context.run("generate", settings.project("generate", "--articles",
                settings.articles(), "--output", settings.corpus(), "--seed", settings.seed()));
        if (!result.ok()) {
            throw new IOException("generate failed (exit code " + result.exitCode() + "): "
                    + context.tail(result.log(), 5));
        }
        Matcher matcher = GENERATED.matcher(Files.readString(result.log(), StandardCharsets.UTF_8));
        context.corpusLine = matcher.find()
                ? String.format(Locale.ROOT, "%,d articles, %,d facts (as `generate` counts them)",
                        Long.parseLong(matcher.group(1).replace(",", "")),
                        Long.parseLong(matcher.group(2).replace(",", "")))
                : String.format(Locale.ROOT, "%,d articles", settings.articles());
    }

    /** Deletes a file or a folder with what it holds; nothing when it does not exist. */
    static void deleteTree(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
