package org.vndiplomacy.kg.cli;

import java.io.IOException;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import org.apache.jena.rdf.model.Model;
import org.vndiplomacy.kg.convert.SeedConversion;
import org.vndiplomacy.kg.validate.InvalidInputException;

/**
 * The two passes of {@code build} and {@code convert} over the seeds, with the extractions they make: kept beside
 * the store once the first pass has found nothing wrong, and read again from there by the second.
 */
final class SeedPasses implements AutoCloseable {

    private final SeedConversion conversion;
    private final ExtractionCache extractions;

    SeedPasses(SeedConversion conversion, ExtractionCache extractions) {
        this.conversion = conversion;
        this.extractions = extractions;
    }

    /** The first pass ({@link SeedConversion#check}); then the extractions are kept. */
    void check(LongConsumer progress) throws IOException, InvalidInputException {
        conversion.check(progress);
        extractions.keep();
    }

    /** The first pass, giving each article's graph to {@code converted} ({@link SeedConversion#check}). */
    void check(LongConsumer progress, BiConsumer<String, Model> converted) throws IOException,
            InvalidInputException {
        conversion.check(progress, converted);
        extractions.keep();
    }

    /** The conversion, for the second pass. */
    SeedConversion conversion() {
        return conversion;
    }

    @Override
    public void close() throws IOException {
        try {
            conversion.close();
        } finally {
            extractions.close();
        }
    }
}
