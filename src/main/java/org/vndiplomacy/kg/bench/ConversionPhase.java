package org.vndiplomacy.kg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Conversion alone, annotations to N-Quads: the project's {@code convert}, RMLMapper with the mapping of
 * {@code bench/rml/}, and Jena RIOT parsing the project's output (the ceiling: reading N-Quads and nothing else).
 */
final class ConversionPhase {

    static final String ID_BASE = "https://w3id.org/vn-diplomacy/id/";
    private static final Pattern RIOT_COUNT = Pattern.compile("Quads = ([0-9,]+)");

    private ConversionPhase() {
    }

    static void run(BenchContext context) throws IOException {
        BenchSettings settings = context.settings;
        ChildProcess.Result ours = context.run("convert", settings.project("convert", "--seeds", settings.corpus(),
                "--format", "nquads", "--output", settings.ourQuads()));
        String tool = "vn-diplomacy-kg convert";
        String detail = "--format nquads: every graph (articles, ontology, shapes, reference, derived, entities, "
                + "statistics), validated and checked against the shapes";
        if (ours.ok()) {
            NQuadsFiles.Count count = NQuadsFiles.count(settings.ourQuads());
            context.quads = count.lines();
            context.conversion.add(new Measurement(tool, detail, count.lines(), ours, null));
        } else {
            context.conversion.add(Measurement.failed(tool, detail, failure(context, ours)));
            context.note("convert failed, so RIOT, tdb2.tdbloader and Virtuoso, which load its N-Quads, were not run");
        }
        if (settings.runs("rml")) {
            context.conversion.add(rmlmapper(context));
        }
        if (settings.runs("riot") && context.hasQuads()) {
            context.conversion.add(riot(context));
        }
    }

    private static Measurement rmlmapper(BenchContext context) throws IOException {
        BenchSettings settings = context.settings;
        String tool = "RMLMapper 6.1.3";
        if (!Files.exists(settings.rmlmapper())) {
            return Measurement.failed(tool, "", "not found at " + context.relative(settings.rmlmapper())
                    + " (bench/run.sh fetches it)");
        }
        Path folder = settings.work().resolve("rml");
        Files.createDirectories(folder);
        Path mapping = folder.resolve("mapping.rml.ttl");
        Path output = folder.resolve("output.nq");
        int files = RmlMapping.read(settings.root().resolve("bench/rml/article.rml.ttl"))
                .write(settings.corpus().resolve("annotations"), mapping);
        ChildProcess.Result result = context.run("rmlmapper", settings.java("-jar", settings.rmlmapper(), "-m",
                mapping, "-o", output, "-s", "nquads", "-b", ID_BASE));
        if (!result.ok()) {
            return Measurement.failed(tool, "", failure(context, result));
        }
        NQuadsFiles.Count count = NQuadsFiles.count(output);
        return new Measurement(tool, String.format(java.util.Locale.ROOT, "mapping of %,d annotation files "
                + "(%,d bytes); the rate counts its %,d distinct quads (it wrote %,d lines: without -d it "
                + "repeats a statement made twice)", files, Files.size(mapping), count.distinct(), count.lines()),
                count.distinct(), result, null);
    }

    /** A failed run as the report quotes it: its time, peak RSS, exit code and the last lines of its output. */
    static String failure(BenchContext context, ChildProcess.Result result) {
        return String.format(java.util.Locale.ROOT, "after %.1f s (peak RSS %,d MiB), exit code %d: %s",
                result.seconds(), Math.round(result.peakRssMib()), result.exitCode(), context.error(result.log()));
    }

    private static Measurement riot(BenchContext context) throws IOException {
        BenchSettings settings = context.settings;
        String tool = "Jena RIOT 5.6.0 (riot --count)";
        Path riot = settings.jena().resolve("bin/riot");
        if (!Files.isExecutable(riot)) {
            return Measurement.failed(tool, "", "not found at " + context.relative(riot)
                    + " (bench/run.sh fetches the Jena distribution)");
        }
        ChildProcess.Result result = context.run("riot", settings.jena("riot", "--count", settings.ourQuads()));
        Matcher matcher = RIOT_COUNT.matcher(Files.readString(result.log(), StandardCharsets.UTF_8));
        if (!result.ok() || !matcher.find()) {
            return Measurement.failed(tool, "", failure(context, result));
        }
        long quads = Long.parseLong(matcher.group(1).replace(",", ""));
        return new Measurement(tool, "parses the project's N-Quads and counts them: the ceiling for any "
                + "converter that writes N-Quads", quads, result, null);
    }
}
