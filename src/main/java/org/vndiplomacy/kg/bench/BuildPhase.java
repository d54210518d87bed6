package org.vndiplomacy.kg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The full build, annotations to a store ready to serve: the project's {@code build} (TDB2 and its text index), and,
 * on the project's N-Quads, Jena's {@code tdb2.tdbloader} (each loader asked for) and Virtuoso's bulk loader.
 */
final class BuildPhase {

    private static final Pattern LOADER_QUADS = Pattern.compile("Quads = ([0-9,]+)");

    private BuildPhase() {
    }

    static void run(BenchContext context) throws IOException, InterruptedException {
        BenchSettings settings = context.settings;
        ChildProcess.Result ours = context.run("build", settings.project("build", "--seeds", settings.corpus(),
                "--db", settings.ourStore()));
        String tool = "vn-diplomacy-kg build";
        String detail = "validates, converts, loads TDB2 in one transaction, builds the Lucene text index, writes "
                + "the dumps (.nq.gz, .trig.gz)";
        context.built = ours.ok();
        if (ours.ok() && context.hasQuads()) {
            context.build.add(new Measurement(tool, detail, context.quads, ours, null));
        } else if (ours.ok()) {
            context.build.add(new Measurement(tool, detail + "; its quads not counted (convert failed)", 0, ours,
                    null));
        } else {
            context.build.add(Measurement.failed(tool, detail, ConversionPhase.failure(context, ours)));
        }
        if (!context.hasQuads()) {
            return;
        }
        if (settings.runs("tdbloader")) {
            for (String loader : settings.tdbLoaders()) {
                context.build.add(tdbloader(context, loader));
            }
        }
        if (settings.runs("virtuoso")) {
            context.build.add(VirtuosoLoad.run(context));
        }
    }

    private static Measurement tdbloader(BenchContext context, String loader) throws IOException {
        BenchSettings settings = context.settings;
        String tool = "Jena tdb2.tdbloader 5.6.0 --loader=" + loader;
        String detail = ("phased".equals(loader) ? "its default loader; " : "")
                + "the N-Quads of convert into a new TDB2 store; no text index";
        Path script = settings.jena().resolve("bin/tdb2.tdbloader");
        if (!Files.isExecutable(script)) {
            return Measurement.failed(tool, detail, "not found at " + context.relative(script)
                    + " (bench/run.sh fetches the Jena distribution)");
        }
        Path store = settings.work().resolve("db-tdb2-" + loader);
        ChildProcess.Result result = context.run("tdb2.tdbloader-" + loader, settings.jena("tdb2.tdbloader",
                "--loader=" + loader, "--loc", store, settings.ourQuads()));
        String log = Files.readString(result.log(), StandardCharsets.UTF_8);
        Matcher matcher = LOADER_QUADS.matcher(log);
        long quads = -1;
        while (matcher.find()) {
            quads = Long.parseLong(matcher.group(1).replace(",", ""));
        }
        if (!result.ok() || quads < 0) {
            return Measurement.failed(tool, detail, ConversionPhase.failure(context, result));
        }
        if (quads != context.quads) {
            context.note(String.format(Locale.ROOT, "tdb2.tdbloader --loader=%s loaded %,d quads of %,d", loader,
                    quads, context.quads));
        }
        BenchRun.deleteTree(store);
        return new Measurement(tool, detail, quads, result, null);
    }
}
