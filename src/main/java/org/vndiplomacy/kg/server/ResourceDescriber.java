package org.vndiplomacy.kg.server;

import java.util.Objects;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.vndiplomacy.kg.vocab.Prefixes;

/**
 * The description of one resource, read from the union of the store's graphs: its own triples, the triples that
 * point to it, and the evidence (quote, offsets, article) of the facts among them, itself included. For pages,
 * {@link #context} adds the names and types of everything the description names, and the fields of the facts
 * that point to the resource with the names of what those link to.
 */
final class ResourceDescriber {

    private static final String DESCRIBE = """
            CONSTRUCT { ?r ?p ?o . ?s ?q ?r . ?e ?ep ?eo }
            WHERE {
              { ?r ?p ?o }
              UNION { ?s ?q ?r }
              UNION { { ?r vnd:evidence ?e } UNION { ?f ?x ?r . ?f vnd:evidence ?e } ?e ?ep ?eo }
            }""";

    /** Names of what the resource links to or is linked from (and of its evidence's articles). */
    private static final String NAMES = """
            CONSTRUCT { ?n ?np ?no }
            WHERE {
              { ?r ?p ?n } UNION { ?n ?p ?r } UNION { ?r vnd:evidence/vnd:inArticle ?n }
              UNION { ?m vnd:mentionOf ?r ; vnd:inArticle ?n }
              ?n ?np ?no .
              FILTER(?np IN (rdfs:label, skos:prefLabel, rdf:type, vnd:sourceFile, dcterms:title, vnd:inArticle))
            }""";

    /** The facts that point to the resource: their fields, evidence, and the names of what they link to. */
    private static final String FACTS = """
            CONSTRUCT { ?f ?fp ?fo . ?fo ?np ?no }
            WHERE {
              ?f ?p ?r ; vnd:evidence ?any ; ?fp ?fo .
              OPTIONAL { ?fo ?np ?no .
                         FILTER(?np IN (rdfs:label, skos:prefLabel, rdf:type, vnd:sourceFile, vnd:inArticle,
                                        oa:exact, oa:start, oa:end)) }
            }""";

    private final Dataset dataset;

    ResourceDescriber(Dataset dataset) {
        this.dataset = Objects.requireNonNull(dataset, "dataset");
    }

    /** The resource's description, or empty when the store has no triple about it. */
    Optional<Model> describe(String iri) {
        Model model = run(DESCRIBE, iri);
        Resource r = model.createResource(iri);
        if (!model.listStatements(r, null, (RDFNode) null).hasNext()) {
            return Optional.empty();
        }
        return Optional.of(model);
    }

    /** Labels, types and article titles of what the description names, and the facts that point to it. */
    Model context(String iri) {
        return run(NAMES, iri).add(run(FACTS, iri));
    }

    private Model run(String query, String iri) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(query);
        pss.setNsPrefixes(Prefixes.MAPPING);
        pss.setIri("r", iri);
        return Txn.calculateRead(dataset, () -> {
            Model model = ModelFactory.createDefaultModel();
            model.setNsPrefixes(Prefixes.MAPPING);
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(pss.asQuery()).build()) {
                exec.execConstruct(model);
            }
            return model;
        });
    }
}
