package org.vndiplomacy.kg.convert;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.ORG;
import org.vndiplomacy.kg.annotation.EntityAnnotation;
import org.vndiplomacy.kg.annotation.Mention;
import org.vndiplomacy.kg.vocab.VND;

/**
 * An entity of one article: its types, its names, and a {@code vnd:Mention} for every place it is named. Entities
 * of the reference data take their labels from there; names the article adds become {@code skos:altLabel}.
 */
final class EntityConverter {

    private final ReferenceLabels reference;

    EntityConverter(ReferenceLabels reference) {
        this.reference = reference;
    }

    void convert(EntityAnnotation entity, Resource article, ArticleScope scope) {
        Model model = scope.model();
        Resource node = model.createResource(IriMinter.entity(entity.ref()));
        for (Resource type : types(entity.kind())) {
            node.addProperty(RDF.type, type);
        }
        Set<String> known = new NameSet(reference.names(entity.ref()));
        if (known.isEmpty()) {
            scope.vietnamese(node, RDFS.label, entity.label());
            scope.english(node, RDFS.label, entity.labelEn());
            known.add(entity.label());
        } else if (entity.label() != null && known.add(entity.label())) {
            scope.vietnamese(node, SKOS.altLabel, entity.label());
        }
        if (entity.wikidata() != null) {
            node.addProperty(OWL.sameAs, model.createResource(VND.WIKIDATA + entity.wikidata()));
        }
        entity.country().forEach(country -> scope.entity(node, VND.country, country));
        for (String alt : entity.altLabels()) {
            if (known.add(alt)) {
                scope.vietnamese(node, SKOS.altLabel, alt);
            }
        }
        for (Mention mention : entity.mentions()) {
            if (!shortened(mention.text(), known) && known.add(mention.text())) {
                scope.vietnamese(node, SKOS.altLabel, mention.text());
            }
            Resource m = model.createResource(IriMinter.mention(scope.articleKey(), mention.start(), mention.end()));
            m.addProperty(RDF.type, VND.Mention);
            m.addProperty(VND.mentionOf, node);
            m.addProperty(VND.inArticle, article);
            SpanLib.addSelector(scope, m, mention);
        }
    }

    /**
     * Whether a mention is only the generic start of a known name ("Tỉnh uỷ" for "Tỉnh uỷ Nghệ An", "UBND tỉnh" for
     * "UBND tỉnh Nghệ An"): a reference in context, not another name of the entity.
     */
    private static boolean shortened(String mention, Set<String> known) {
        String m = mention.toLowerCase(java.util.Locale.ROOT);
        for (String name : known) {
            String n = name.toLowerCase(java.util.Locale.ROOT);
            if (n.length() > m.length() && n.startsWith(m + " ")) {
                return true;
            }
        }
        return false;
    }

    /** The types of each kind of entity, the project's class first. */
    private static final Map<String, Resource[]> TYPES = Map.of(
            "official", new Resource[] {VND.Official, SchemaDO.Person, FOAF.Person},
            "country", new Resource[] {VND.Country, SchemaDO.Country},
            "organization", new Resource[] {VND.Organization, ORG.Organization},
            "locality", new Resource[] {VND.Locality, SchemaDO.AdministrativeArea});

    /** The project's class of every kind of entity (what {@link EntityCollector} looks for). */
    static List<Node> entityClasses() {
        return TYPES.values().stream().map(types -> types[0].asNode()).sorted(Comparator.comparing(Node::getURI))
                .toList();
    }

    private static Resource[] types(String kind) {
        return TYPES.get(kind);
    }
}
