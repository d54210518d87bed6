package org.vndiplomacy.kg.convert;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.vndiplomacy.kg.annotation.Fact;
import org.vndiplomacy.kg.annotation.PartialDate;

/**
 * The graph of one article while it is being built, with helpers that turn annotation values into RDF terms.
 * Values that are {@code null} add nothing.
 */
final class ArticleScope {

    private final Model model;
    private final String articleKey;
    private final Map<String, Resource> facts = new HashMap<>();

    ArticleScope(Model model, String articleKey, List<Fact> allFacts) {
        this.model = model;
        this.articleKey = articleKey;
        for (Fact fact : allFacts) {
            facts.put(fact.id(), model.createResource(IriMinter.fact(articleKey, fact)));
        }
    }

    Model model() {
        return model;
    }

    String articleKey() {
        return articleKey;
    }

    Resource fact(Fact fact) {
        return facts.get(fact.id());
    }

    /** Links to an entity ref ({@code country/us}). */
    void entity(Resource subject, Property property, String ref) {
        if (ref != null) {
            subject.addProperty(property, model.createResource(IriMinter.entity(ref)));
        }
    }

    void entities(Resource subject, Property property, List<String> refs) {
        if (refs != null) {
            refs.forEach(ref -> entity(subject, property, ref));
        }
    }

    /** Links to another fact of the article by its id. */
    void factLink(Resource subject, Property property, String id) {
        if (id != null) {
            subject.addProperty(property, facts.get(id));
        }
    }

    /** Links to a concept of the ontology by its local name. */
    void concept(Resource subject, Property property, String localName) {
        if (localName != null) {
            subject.addProperty(property, model.createResource(IriMinter.concept(localName)));
        }
    }

    /** A date typed by its precision: xsd:gYear, xsd:gYearMonth, xsd:date or xsd:dateTime. */
    void date(Resource subject, Property property, String text) {
        if (text != null) {
            subject.addLiteral(property, dateLiteral(text));
        }
    }

    Literal dateLiteral(String text) {
        PartialDate date = PartialDate.parse(text)
                .orElseThrow(() -> new IllegalArgumentException("not a date: " + text));
        return switch (date.precision()) {
            case YEAR -> model.createTypedLiteral(text, XSDDatatype.XSDgYear);
            case MONTH -> model.createTypedLiteral(text, XSDDatatype.XSDgYearMonth);
            case DAY -> model.createTypedLiteral(text, XSDDatatype.XSDdate);
            case MINUTE -> model.createTypedLiteral(text + ":00", XSDDatatype.XSDdateTime);
        };
    }

    void decimal(Resource subject, Property property, BigDecimal value) {
        if (value != null) {
            subject.addLiteral(property, model.createTypedLiteral(plain(value), XSDDatatype.XSDdecimal));
        }
    }

    void integer(Resource subject, Property property, Integer value) {
        if (value != null) {
            subject.addLiteral(property, model.createTypedLiteral(value.toString(), XSDDatatype.XSDinteger));
        }
    }

    void string(Resource subject, Property property, String value) {
        if (value != null) {
            subject.addProperty(property, value);
        }
    }

    void vietnamese(Resource subject, Property property, String value) {
        if (value != null) {
            subject.addProperty(property, value, "vi");
        }
    }

    void english(Resource subject, Property property, String value) {
        if (value != null) {
            subject.addProperty(property, value, "en");
        }
    }

    /**
     * The canonical form of XSD 1.0 ({@code "7.0"}, {@code "36600000000.0"}, {@code "32.1"}), which is also the
     * form TDB2 gives back: a graph read from the store equals the converted one, term for term.
     */
    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() <= 0 ? stripped.setScale(1) : stripped).toPlainString();
    }
}
