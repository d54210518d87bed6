package org.vndiplomacy.kg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.vndiplomacy.kg.spark.ShardConversionJob;
import org.vndiplomacy.kg.spark.ShardJobRunner;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code spark-convert}: the conversion sharded on Apache Spark ({@link ShardConversionJob}), one N-Quads file per
 * shard plus the shared and derived graphs. Spark is not in the jar: without it on the class path the command says
 * so and how to run it, and touches nothing.
 */
@Command(name = "spark-convert", mixinStandardHelpOptions = true,
        description = {"Convert the annotated articles into N-Quads shards on Apache Spark (needs Spark on the class "
                + "path, which the jar leaves out: run it with bench/spark.sh, see docs/SCALING.md)."})
final class SparkConvertCommand implements Callable<Integer> {

    /** A class every Spark installation has. */
    static final String SPARK_CLASS = "org.apache.spark.api.java.JavaSparkContext";

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
            description = "the seeds folder, with articles/ and annotations/ (default: ${DEFAULT-VALUE})")
    private Path seeds;

    @Option(names = "--ontology", paramLabel = "DIR", defaultValue = "ontology",
            description = "the ontology folder (default: ${DEFAULT-VALUE})")
    private Path ontology;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "a new or empty folder for part-NNNNN.nq, shared.nq, derived.nq, entities.nq, statistics.nq")
    private Path output;

    @Option(names = "--shards", paramLabel = "N", defaultValue = "2",
            description = "how many shards (Spark partitions) to cut the articles into (default: ${DEFAULT-VALUE})")
    private int shards;

    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[2]",
            description = "Spark's master: local[N] for N threads in this process, or a cluster's URL "
                    + "(default: ${DEFAULT-VALUE})")
    private String master;

    @Option(names = "--verbose", description = "print stack traces of internal errors")
    private boolean verbose;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        if (shards < 1) {
            err.println("error: --shards: " + shards + " (expected 1 or more)");
            return ExitCodes.INVALID;
        }
        if (!sparkPresent()) {
            err.println("error: spark-convert needs Apache Spark on the class path, and the jar leaves it out; run "
                    + "it with bench/spark.sh, which adds it (see docs/SCALING.md)");
            return ExitCodes.IO;
        }
        return CommandRunner.run(err, verbose, () -> {
            long start = System.nanoTime();
            ShardJobRunner run = ShardJobRunner.start(master);
            try (run) {
                double started = (System.nanoTime() - start) / 1e9;
                ShardConversionJob.Report report = run.convert(new ShardConversionJob.Settings(seeds, ontology,
                        output, shards));
                PrintWriter out = spec.commandLine().getOut();
                out.println(String.format(Locale.ROOT, "converted %,d article(s), %,d fact(s) into %d shard(s) and "
                        + "%s, %s, %s, %s in %s", report.articles(), report.facts(), report.shards(),
                        ShardConversionJob.SHARED, ShardConversionJob.DERIVED, ShardConversionJob.ENTITIES,
                        ShardConversionJob.STATISTICS, output));
                out.println(String.format(Locale.ROOT, "%,d quads (%,d conflicts) in %.2f s (%,.0f quads/s) on %s,"
                        + " after Spark started in %.2f s", report.quads(), report.derived(), report.seconds(),
                        report.quads() / report.seconds(), master, started));
                out.flush();
            }
            return ExitCodes.OK;
        });
    }

    private static boolean sparkPresent() {
        try {
            Class.forName(SPARK_CLASS, false, SparkConvertCommand.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }
}
