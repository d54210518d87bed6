package org.vndiplomacy.kg.spark;

import java.io.IOException;
import org.apache.spark.api.java.JavaSparkContext;
import org.vndiplomacy.kg.validate.InvalidInputException;

/**
 * A Spark context that runs {@link ShardConversionJob}, for callers that must not name Spark's classes (the command
 * line checks first that Spark is there at all). Closing stops the context.
 */
public final class ShardJobRunner implements AutoCloseable {

    private final JavaSparkContext spark;

    private ShardJobRunner(JavaSparkContext spark) {
        this.spark = spark;
    }

    /** Starts Spark with the given master ({@code local[2]}, or a cluster's URL). */
    public static ShardJobRunner start(String master) {
        return new ShardJobRunner(ShardConversionJob.context(master));
    }

    public ShardConversionJob.Report convert(ShardConversionJob.Settings settings) throws IOException,
            InvalidInputException {
        return ShardConversionJob.run(spark, settings);
    }

    @Override
    public void close() {
        spark.stop();
    }
}
