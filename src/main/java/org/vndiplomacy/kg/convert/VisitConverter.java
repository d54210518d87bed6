package org.vndiplomacy.kg.convert;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.SchemaDO;
import org.vndiplomacy.kg.annotation.Fact;
import org.vndiplomacy.kg.vocab.VND;

/** An official's visit to a country or locality. */
final class VisitConverter implements FactConverter<Fact.Visit> {

    @Override
    public Resource[] types() {
        return new Resource[] {VND.Visit, SchemaDO.Event};
    }

    @Override
    public void convert(Fact.Visit fact, Resource node, ArticleScope scope) {
        scope.entity(node, VND.visitor, fact.visitor());
        scope.entity(node, VND.destination, fact.destination());
        scope.date(node, VND.startDate, fact.startDate());
        scope.date(node, VND.endDate, fact.endDate());
        scope.concept(node, VND.visitKind, fact.visitKind());
        scope.entities(node, VND.invitedBy, fact.invitedBy());
        scope.factLink(node, VND.purpose, fact.purpose());
        scope.vietnamese(node, VND.delegation, fact.delegation());
    }
}
