package org.vndiplomacy.kg.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.vndiplomacy.kg.vocab.Prefixes;
import org.vndiplomacy.kg.vocab.VND;

/**
 * The ontology's documentation page, generated from the Turtle: classes (with their SHACL constraints),
 * properties and concept schemes, each term with its labels in Vietnamese and English and its comment.
 */
record OntologyView(String title, String titleVi, String description, String version, List<Term> classes,
        List<Term> properties, List<Scheme> schemes) {

    /** A class, property or concept. */
    record Term(String id, String iri, String en, String vi, String comment, List<String> about,
            List<Constraint> constraints) {
        public boolean anyConstraints() {
            return !constraints.isEmpty();
        }
    }

    /** A SHACL property constraint of a class's shape. */
    record Constraint(String path, String count, String values, String message) {
    }

    /** A concept scheme and its concepts. */
    record Scheme(String id, String en, String vi, List<Term> concepts) {
    }

    private static final String SH = "http://www.w3.org/ns/shacl#";

    static OntologyView of(Model ontology, Model shapes) {
        Resource o = ontology.createResource("https://w3id.org/vn-diplomacy/ontology");
        List<Term> classes = terms(ontology, OWL.Class, shapes);
        List<Term> properties = new ArrayList<>(terms(ontology, OWL.ObjectProperty, shapes));
        properties.addAll(terms(ontology, OWL.DatatypeProperty, shapes));
        properties.sort(Comparator.comparing(Term::id));
        List<Scheme> schemes = new ArrayList<>();
        for (Resource s : ontology.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList()) {
            List<Term> concepts = ontology.listSubjectsWithProperty(SKOS.inScheme, s).toList().stream()
                    .map(c -> term(ontology, c, shapes)).sorted(Comparator.comparing(Term::id)).toList();
            schemes.add(new Scheme(local(s), lang(s, SKOS.prefLabel, "en"), lang(s, SKOS.prefLabel, "vi"), concepts));
        }
        schemes.sort(Comparator.comparing(Scheme::id));
        return new OntologyView(lang(o, DCTerms.title, "en"), lang(o, DCTerms.title, "vi"),
                lang(o, DCTerms.description, "en"), o.hasProperty(OWL.versionInfo)
                        ? o.getProperty(OWL.versionInfo).getString() : "", classes, properties, schemes);
    }

    private static List<Term> terms(Model ontology, Resource type, Model shapes) {
        return ontology.listSubjectsWithProperty(RDF.type, type).toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(VND.NS))
                .map(r -> term(ontology, r, shapes)).sorted(Comparator.comparing(Term::id)).toList();
    }

    private static Term term(Model ontology, Resource r, Model shapes) {
        List<String> about = new ArrayList<>();
        for (Property p : List.of(RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range)) {
            r.listProperties(p).forEach(s -> {
                if (s.getObject().isURIResource()) {
                    about.add(p.getLocalName() + " " + Prefixes.MAPPING.shortForm(s.getResource().getURI()));
                }
            });
        }
        about.sort(null);
        String en = lang(r, RDFS.label, "en");
        String vi = lang(r, RDFS.label, "vi");
        if (en.isEmpty()) {
            en = lang(r, SKOS.prefLabel, "en");
            vi = lang(r, SKOS.prefLabel, "vi");
        }
        String comment = lang(r, RDFS.comment, "en");
        if (comment.isEmpty()) {
            comment = lang(r, SKOS.definition, "en");
        }
        return new Term(local(r), r.getURI(), en, vi, comment, about, constraints(shapes, r));
    }

    private static List<Constraint> constraints(Model shapes, Resource cls) {
        List<Constraint> result = new ArrayList<>();
        Property target = shapes.createProperty(SH + "targetClass");
        Property property = shapes.createProperty(SH + "property");
        for (Resource shape : shapes.listSubjectsWithProperty(target, cls).toList()) {
            for (Statement s : shape.listProperties(property).toList()) {
                Resource ps = s.getResource();
                String path = value(ps, shapes.createProperty(SH + "path"));
                String min = value(ps, shapes.createProperty(SH + "minCount"));
                String max = value(ps, shapes.createProperty(SH + "maxCount"));
                String count = (min.isEmpty() ? "0" : min) + ".." + (max.isEmpty() ? "*" : max);
                String values = String.join(" ", List.of(value(ps, shapes.createProperty(SH + "class")),
                        value(ps, shapes.createProperty(SH + "datatype")),
                        value(ps, shapes.createProperty(SH + "nodeKind"))).stream().filter(v -> !v.isEmpty())
                        .toList());
                result.add(new Constraint(path, count, values, value(ps, shapes.createProperty(SH + "message"))));
            }
        }
        result.sort(Comparator.comparing(Constraint::path));
        return result;
    }

    private static String value(Resource r, Property p) {
        Statement s = r.getProperty(p);
        if (s == null) {
            return "";
        }
        RDFNode o = s.getObject();
        return o.isURIResource() ? Prefixes.MAPPING.shortForm(o.asResource().getURI())
                : o.isLiteral() ? o.asLiteral().getLexicalForm() : "";
    }

    private static String lang(Resource r, Property p, String lang) {
        return r.listProperties(p).toList().stream().filter(s -> s.getObject().isLiteral()
                && s.getLanguage().equals(lang)).map(Statement::getString).sorted().findFirst().orElse("");
    }

    private static String local(Resource r) {
        String uri = r.getURI();
        return uri.substring(Math.max(uri.lastIndexOf('#'), uri.lastIndexOf('/')) + 1);
    }
}
