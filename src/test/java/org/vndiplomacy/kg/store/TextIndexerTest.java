package org.vndiplomacy.kg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The text index rebuilt from a real TDB2 store: every label of the named graphs once, though it is in several
 * graphs and among other labels of the same predicate; the default graph's left out.
 */
class TextIndexerTest {

    @TempDir
    Path dir;

    @Test
    void reindex_labelsInSeveralGraphs_eachOnce() throws Exception {
        StoreLayout layout = new StoreLayout(dir.resolve("db"));
        Dataset dataset = StoreConfig.read(StoreFixture.CONFIG, layout).assemble();
        try {
            DatasetGraphText text = (DatasetGraphText) dataset.asDatasetGraph();
            DatasetGraph base = text.getBase();
            Node son = NodeFactory.createURI("https://example.org/id/official/son");
            Node nga = NodeFactory.createURI("https://example.org/id/official/nga");
            Txn.executeWrite(base, () -> {
                for (int g = 0; g < 3; g++) {
                    Node graph = NodeFactory.createURI("https://example.org/graph/" + g);
                    base.add(graph, son, RDFS.label.asNode(), NodeFactory.createLiteralLang("Bùi Thanh Sơn", "vi"));
                    base.add(graph, son, RDFS.label.asNode(), NodeFactory.createLiteralLang("Bui Thanh Son", "en"));
                    base.add(graph, nga, RDFS.label.asNode(), NodeFactory.createLiteralLang("Nguyễn Thị Nga", "vi"));
                }
                base.add(NodeFactory.createURI("https://example.org/graph/1"), son, SKOS.altLabel.asNode(),
                        NodeFactory.createLiteralString("Son Bui"));
                base.getDefaultGraph().add(son, RDFS.label.asNode(), NodeFactory.createLiteralString("Son default"));
            });
            assertEquals(4, new TextIndexer().reindex(text));
            assertEquals(List.of("Bui Thanh Son", "Bùi Thanh Sơn", "Son Bui"), search(dataset, "son"));
            assertEquals(List.of("Nguyễn Thị Nga"), search(dataset, "nguyen"));
            // again: the old documents go, the same ones come back
            assertEquals(4, new TextIndexer().reindex(text));
            assertEquals(List.of("Bui Thanh Son", "Bùi Thanh Sơn", "Son Bui"), search(dataset, "son"));
        } finally {
            dataset.close();
            StoreFixture.release(layout);
        }
    }

    private static List<String> search(Dataset dataset, String words) {
        List<String> found = new ArrayList<>();
        Txn.executeRead(dataset, () -> {
            try (QueryExecution q = QueryExecution.dataset(dataset).query("PREFIX text: <http://jena.apache.org/text#> "
                    + "SELECT ?lit WHERE { (?s ?score ?lit) text:query '" + words + "' } ORDER BY STR(?lit)").build()) {
                q.execSelect().forEachRemaining(row -> found.add(row.getLiteral("lit").getLexicalForm()));
            }
        });
        return found;
    }
}
