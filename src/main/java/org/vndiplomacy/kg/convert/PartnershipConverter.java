package org.vndiplomacy.kg.convert;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.vndiplomacy.kg.annotation.Fact;
import org.vndiplomacy.kg.vocab.VND;

/** A partnership between two parties at a level, set up or changed at a date. */
final class PartnershipConverter implements FactConverter<Fact.Partnership> {

    @Override
    public Resource[] types() {
        return new Resource[] {VND.Partnership};
    }

    @Override
    public void convert(Fact.Partnership fact, Resource node, ArticleScope scope) {
        scope.entities(node, VND.partner, fact.partners());
        scope.concept(node, VND.level, fact.level());
        scope.concept(node, VND.change, fact.change());
        scope.date(node, VND.establishedOn, fact.date());
        scope.factLink(node, VND.occasion, fact.occasion());
        scope.vietnamese(node, RDFS.label, fact.label());
    }
}
