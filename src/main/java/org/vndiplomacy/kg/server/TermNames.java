package org.vndiplomacy.kg.server;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.vndiplomacy.kg.vocab.OA;
import org.vndiplomacy.kg.vocab.PROV;
import org.vndiplomacy.kg.vocab.Prefixes;
import org.vndiplomacy.kg.vocab.VND;

/**
 * English display names of properties and classes for pages: the ontology's own {@code rdfs:label}s, read from
 * {@code graph/ontology} once, and names for the few standard terms the graph uses. Unknown terms show as their
 * prefixed name.
 */
final class TermNames {

    private static final Map<String, String> STANDARD = Map.ofEntries(
            Map.entry(RDF.type.getURI(), "type"),
            Map.entry(RDFS.label.getURI(), "label"),
            Map.entry(RDFS.comment.getURI(), "comment"),
            Map.entry(SKOS.altLabel.getURI(), "other name"),
            Map.entry(SKOS.prefLabel.getURI(), "name"),
            Map.entry(SKOS.note.getURI(), "annotator's note"),
            Map.entry(OWL.sameAs.getURI(), "same as"),
            Map.entry(DCTerms.title.getURI(), "title"),
            Map.entry(DCTerms.issued.getURI(), "issued"),
            Map.entry(DCTerms.publisher.getURI(), "publisher"),
            Map.entry(DCTerms.creator.getURI(), "author"),
            Map.entry(DCTerms.language.getURI(), "language"),
            Map.entry(PROV.NS + "wasDerivedFrom", "from the article"),
            Map.entry(PROV.NS + "wasAttributedTo", "annotated by"),
            Map.entry(OA.NS + "exact", "quote"),
            Map.entry(OA.NS + "start", "start"),
            Map.entry(OA.NS + "end", "end"),
            Map.entry("https://schema.org/articleBody", "text"),
            Map.entry("https://schema.org/articleSection", "section"));

    private final Map<String, String> names;

    private TermNames(Map<String, String> names) {
        this.names = names;
    }

    /** The names of the ontology in the store's {@code graph/ontology}, and the standard ones. */
    static TermNames read(Dataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        Map<String, String> names = new HashMap<>(STANDARD);
        Txn.executeRead(dataset, () -> {
            Model ontology = dataset.getNamedModel(VND.GRAPH_BASE + "ontology");
            ontology.listStatements(null, RDFS.label, (org.apache.jena.rdf.model.RDFNode) null).forEach(s -> {
                Literal l = s.getObject().isLiteral() ? s.getLiteral() : null;
                if (l != null && "en".equals(l.getLanguage()) && s.getSubject().isURIResource()) {
                    names.putIfAbsent(s.getSubject().getURI(), l.getLexicalForm());
                }
            });
        });
        return new TermNames(Map.copyOf(names));
    }

    /** The display name of a property or class. */
    String name(String iri) {
        String name = names.get(iri);
        return name != null ? name : Prefixes.MAPPING.shortForm(iri);
    }
}
