package org.vndiplomacy.kg.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.vndiplomacy.kg.server.PageView.Fact;
import org.vndiplomacy.kg.server.PageView.Field;
import org.vndiplomacy.kg.server.PageView.Group;
import org.vndiplomacy.kg.server.PageView.Link;
import org.vndiplomacy.kg.server.PageView.Quote;
import org.vndiplomacy.kg.server.PageView.Segment;
import org.vndiplomacy.kg.server.PageView.Value;
import org.vndiplomacy.kg.vocab.OA;
import org.vndiplomacy.kg.vocab.PROV;
import org.vndiplomacy.kg.vocab.VND;

/** Turns a resource's description and context into the {@link PageView} its HTML page shows. */
final class PageViewBuilder {

    private static final Property ARTICLE_BODY = ModelFactory.createDefaultModel()
            .createProperty("https://schema.org/articleBody");
    private static final Property DERIVED_FROM = ModelFactory.createDefaultModel()
            .createProperty(PROV.NS + "wasDerivedFrom");
    private static final Set<Property> NOT_FIELDS = Set.of(RDFS.label, SKOS.altLabel, RDF.type, OWL.sameAs,
            VND.evidence, ARTICLE_BODY);

    private final TermNames terms;
    private final LinkMapper links;

    PageViewBuilder(TermNames terms, LinkMapper links) {
        this.terms = Objects.requireNonNull(terms, "terms");
        this.links = Objects.requireNonNull(links, "links");
    }

    PageView build(String iri, Model description, Model context, List<ArticleSpans.Span> spans,
            List<Link> formats) {
        Model all = ModelFactory.createUnion(description, context);
        Resource r = all.createResource(iri);
        List<Value> labels = new ArrayList<>();
        r.listProperties(RDFS.label).forEach(s -> labels.add(literal(s.getObject())));
        r.listProperties(SKOS.altLabel).forEach(s -> labels.add(literal(s.getObject())));
        List<Link> types = r.listProperties(RDF.type).toList().stream()
                .map(s -> new Link(links.href(s.getResource().getURI()), terms.name(s.getResource().getURI())))
                .sorted(Comparator.comparing(Link::text)).toList();
        List<Link> sameAs = r.listProperties(OWL.sameAs).toList().stream()
                .map(s -> new Link(links.href(s.getResource().getURI()), s.getResource().getURI())).sorted(
                        Comparator.comparing(Link::text)).toList();
        List<Fact> conflicts = new ArrayList<>();
        if (r.hasProperty(VND.conflictsWith)) {
            conflicts.add(fact(all, r));
            r.listProperties(VND.conflictsWith).toList().stream().map(Statement::getResource)
                    .sorted(Comparator.comparing(Resource::getURI)).forEach(o -> conflicts.add(fact(all, o)));
        }
        String text = r.hasProperty(ARTICLE_BODY) ? r.getProperty(ARTICLE_BODY).getString() : null;
        return new PageView(title(all, r), iri, kind(r), labels, types, sameAs, fields(all, r), quotes(all, r),
                groups(all, r), conflicts, mentionedIn(all, r),
                text == null ? List.of() : ArticleSpans.segments(text, spans, links), formats);
    }

    private List<Field> fields(Model all, Resource r) {
        Map<String, List<Value>> byName = new TreeMap<>();
        for (Statement s : r.listProperties().toList()) {
            if (!NOT_FIELDS.contains(s.getPredicate())) {
                byName.computeIfAbsent(terms.name(s.getPredicate().getURI()), k -> new ArrayList<>())
                        .add(value(all, s.getObject()));
            }
        }
        List<Field> fields = new ArrayList<>();
        byName.forEach((name, values) -> {
            values.sort(Comparator.comparing(Value::text));
            fields.add(new Field(name, values));
        });
        return fields;
    }

    private List<Quote> quotes(Model all, Resource fact) {
        List<Quote> quotes = new ArrayList<>();
        for (Statement s : fact.listProperties(VND.evidence).toList()) {
            Resource e = s.getResource();
            if (!e.hasProperty(OA.exact)) {
                continue;
            }
            Resource article = e.getPropertyResourceValue(VND.inArticle);
            quotes.add(new Quote(e.getProperty(OA.exact).getString(), article == null ? null
                    : links.href(article.getURI()), article == null ? "" : articleName(all, article),
                    e.getProperty(OA.start).getLong(), e.getProperty(OA.end).getLong()));
        }
        quotes.sort(Comparator.comparing(Quote::article).thenComparing(Quote::start));
        return quotes;
    }

    /** The facts that point to the resource, grouped by their class. */
    private List<Group> groups(Model all, Resource r) {
        Map<String, List<Fact>> byKind = new TreeMap<>();
        all.listStatements(null, null, r).toList().stream().map(Statement::getSubject).distinct()
                .filter(f -> f.hasProperty(VND.evidence) && !f.equals(r))
                .forEach(f -> byKind.computeIfAbsent(kind(f), k -> new ArrayList<>()).add(fact(all, f)));
        List<Group> groups = new ArrayList<>();
        byKind.forEach((kind, facts) -> {
            facts.sort(Comparator.comparing(Fact::href));
            groups.add(new Group(kind, facts));
        });
        return groups;
    }

    private Fact fact(Model all, Resource f) {
        return new Fact(links.href(f.getURI()), title(all, f), kind(f), fields(all, f).stream()
                .filter(field -> !field.name().equals(terms.name(DERIVED_FROM.getURI()))).toList(), quotes(all, f));
    }

    /** The articles that mention the resource, with how often. */
    private List<Link> mentionedIn(Model all, Resource r) {
        Map<String, Integer> counts = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        all.listStatements(null, VND.mentionOf, r).forEach(s -> {
            Resource article = s.getSubject().getPropertyResourceValue(VND.inArticle);
            if (article != null) {
                counts.merge(article.getURI(), 1, Integer::sum);
                names.put(article.getURI(), articleName(all, article));
            }
        });
        List<Link> result = new ArrayList<>();
        counts.forEach((article, n) -> result.add(new Link(links.href(article),
                names.get(article) + " (" + n + (n == 1 ? " mention)" : " mentions)"))));
        return result;
    }

    private String kind(Resource r) {
        return r.listProperties(RDF.type).toList().stream().map(s -> s.getResource().getURI())
                .filter(t -> t.startsWith(VND.NS) && !t.equals(VND.NS + "Fact")).sorted().findFirst()
                .map(terms::name).orElse("resource");
    }

    private Value value(Model all, RDFNode node) {
        if (node.isURIResource()) {
            return new Value(display(all, node.asResource()), links.href(node.asResource().getURI()), null);
        }
        return literal(node);
    }

    private static Value literal(RDFNode node) {
        if (node.isLiteral()) {
            String lang = node.asLiteral().getLanguage();
            return new Value(node.asLiteral().getLexicalForm(), null, lang.isEmpty() ? null : lang);
        }
        return new Value(node.toString(), null, null);
    }

    /**
     * A page or fact title: the label if there is one, else a summary from the fact's main fields ("32,1% ·
     * FDI growth", "Joe Biden · Tổng thống", "Joe Biden → Việt Nam · 2023-09").
     */
    static String title(Model all, Resource r) {
        if (r.hasProperty(RDFS.label) || r.hasProperty(SKOS.prefLabel) || !r.hasProperty(VND.evidence)) {
            return display(all, r);
        }
        List<String> parts = new ArrayList<>();
        String rawText = first(all, r, VND.rawText);
        if (rawText != null) {
            parts.add(rawText);
            parts.add(first(all, r, VND.indicator));
            parts.add(first(all, r, VND.refArea));
        } else if (r.hasProperty(VND.visitor)) {
            parts.add(first(all, r, VND.visitor) + " → " + first(all, r, VND.destination));
            parts.add(first(all, r, VND.startDate));
        } else if (r.hasProperty(VND.holder)) {
            parts.add(first(all, r, VND.holder));
            parts.add(first(all, r, VND.role));
            parts.add(first(all, r, VND.organization));
        } else if (r.hasProperty(VND.level)) {
            parts.add(first(all, r, VND.level));
            parts.add(first(all, r, VND.establishedOn));
        } else {
            parts.add(first(all, r, VND.documentNumber));
        }
        String title = String.join(" · ", parts.stream().filter(Objects::nonNull).toList());
        return title.isEmpty() ? display(all, r) : title;
    }

    private static String first(Model all, Resource r, Property p) {
        return r.listProperties(p).toList().stream().map(Statement::getObject)
                .map(o -> o.isResource() ? display(all, o.asResource()) : o.asLiteral().getLexicalForm())
                .sorted().findFirst().orElse(null);
    }

    private static String articleName(Model all, Resource article) {
        return article.hasProperty(VND.sourceFile) ? article.getProperty(VND.sourceFile).getString()
                : display(all, article);
    }

    /** A resource's name: its Vietnamese label, else English, else its title or file, else its IRI's end. */
    static String display(Model all, Resource r) {
        for (Property p : List.of(RDFS.label, SKOS.prefLabel)) {
            for (String lang : List.of("vi", "en", "")) {
                for (Statement s : r.listProperties(p).toList()) {
                    if (s.getObject().isLiteral() && s.getLanguage().equals(lang)) {
                        return s.getString();
                    }
                }
            }
        }
        for (Property p : List.of(org.apache.jena.vocabulary.DCTerms.title, VND.sourceFile)) {
            if (r.hasProperty(p)) {
                return r.getProperty(p).getString();
            }
        }
        String uri = r.isURIResource() ? r.getURI() : r.toString();
        return uri.substring(Math.max(uri.lastIndexOf('/'), uri.lastIndexOf('#')) + 1);
    }
}
