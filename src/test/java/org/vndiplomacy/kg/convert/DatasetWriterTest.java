package org.vndiplomacy.kg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.api.Test;

/** The graph-by-graph writer: N-Quads lines as Jena writes them, output that reads back as the same dataset. */
class DatasetWriterTest {

    @Test
    void lines_sameAsJenasNQuadsWriter() throws Exception {
        DatasetGraph dataset = SeedGraph.convert().asDatasetGraph();
        dataset.add(Quad.create(Quad.defaultGraphIRI, NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"),
                NodeFactory.createLiteralString("a \"quoted\"\nline\t\\ Hà Nội")));
        ByteArrayOutputStream jena = new ByteArrayOutputStream();
        RDFDataMgr.write(jena, dataset, RDFFormat.NQUADS_UTF8);
        List<String> expected = new ArrayList<>(jena.toString(StandardCharsets.UTF_8).lines().sorted().toList());
        DatasetWriter.Lines lines = new DatasetWriter.Lines();
        List<String> actual = new ArrayList<>();
        dataset.find().forEachRemaining(q -> actual.add(lines.line(q)));
        actual.sort(null);
        assertEquals(expected, actual);
    }

    @Test
    void write_bothFormats_readBackIsomorphicGraphByGraph() throws Exception {
        Dataset seeds = SeedGraph.convert();
        for (DatasetWriter.Format format : DatasetWriter.Format.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new DatasetWriter().write(seeds, format, out);
            Dataset back = DatasetFactory.create();
            RDFParser.fromString(out.toString(StandardCharsets.UTF_8), format == DatasetWriter.Format.TRIG ? Lang.TRIG
                    : Lang.NQUADS).parse(back);
            assertTrue(IsoMatcher.isomorphic(seeds.asDatasetGraph(), back.asDatasetGraph()), format.toString());
        }
    }
}
