package org.vndiplomacy.kg.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Converting the seeds twice gives the same graph and the same bytes. */
class DeterminismTest {

    @ParameterizedTest
    @EnumSource(DatasetWriter.Format.class)
    void convertTwice_sameBytesAndIsomorphic(DatasetWriter.Format format) throws Exception {
        Dataset first = SeedGraph.convert();
        Dataset second = SeedGraph.convert();
        assertTrue(IsoMatcher.isomorphic(first.asDatasetGraph(), second.asDatasetGraph()));
        assertArrayEquals(write(first, format), write(second, format));
    }

    private static byte[] write(Dataset dataset, DatasetWriter.Format format) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DatasetWriter().write(dataset, format, out);
        return out.toByteArray();
    }
}
