package org.vndiplomacy.kg.convert;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.vndiplomacy.kg.validate.AnnotatedArticle;
import org.vndiplomacy.kg.validate.SeedFiles;
import org.vndiplomacy.kg.validate.SeedReader;
import org.vndiplomacy.kg.vocab.Prefixes;

/** The seed graph for tests: converted from {@code seeds/}, loaded into a TDB2 store on disk. */
final class SeedGraph {

    private SeedGraph() {
    }

    /** The converted seeds, in memory. */
    static Dataset convert() throws Exception {
        OntologyFiles ontology = OntologyFiles.read(Path.of("ontology"));
        List<AnnotatedArticle> inputs = new SeedReader().read(new SeedFiles(Path.of("seeds")), ontology.knownTerms());
        return new DatasetConverter(ontology).convert(inputs);
    }

    /** The converted seeds in a TDB2 store in {@code dir}, whose default graph is the union of named graphs. */
    static Dataset tdb2(Path dir) throws Exception {
        Dataset memory = convert();
        Dataset store = TDB2Factory.connectDataset(dir.toString());
        Txn.executeWrite(store, () -> store.asDatasetGraph().addAll(memory.asDatasetGraph()));
        store.getContext().set(TDB2.symUnionDefaultGraph, true);
        return store;
    }

    static void release(Dataset store) {
        TDBInternal.expel(store.asDatasetGraph());
    }

    /** Runs a SELECT (the project's prefixes are added) and returns each row as its values joined by " | ". */
    static List<String> select(Dataset store, String query) {
        StringBuilder prologue = new StringBuilder();
        Prefixes.MAPPING.getNsPrefixMap().forEach((p, ns) -> prologue.append("PREFIX ").append(p).append(": <")
                .append(ns).append(">\n"));
        List<String> rows = new ArrayList<>();
        Txn.executeRead(store, () -> {
            try (QueryExecution exec = QueryExecution.dataset(store).query(prologue + query).build()) {
                ResultSet results = exec.execSelect();
                List<String> vars = results.getResultVars();
                while (results.hasNext()) {
                    QuerySolution row = results.next();
                    List<String> cells = new ArrayList<>();
                    for (String var : vars) {
                        cells.add(show(row.get(var)));
                    }
                    rows.add(String.join(" | ", cells));
                }
            }
        });
        return rows;
    }

    private static String show(RDFNode node) {
        if (node == null) {
            return "-";
        }
        if (node.isURIResource()) {
            return Prefixes.MAPPING.shortForm(node.asResource().getURI());
        }
        if (node.isLiteral() && XSDDatatype.XSDdecimal.equals(node.asLiteral().getDatatype())) {
            return new BigDecimal(node.asLiteral().getLexicalForm()).stripTrailingZeros().toPlainString();
        }
        if (node.isLiteral()) {
            return node.asLiteral().getLexicalForm();
        }
        return node.toString();
    }
}
