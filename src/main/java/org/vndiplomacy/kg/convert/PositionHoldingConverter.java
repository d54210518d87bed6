package org.vndiplomacy.kg.convert;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.ORG;
import org.vndiplomacy.kg.annotation.Fact;
import org.vndiplomacy.kg.vocab.VND;

/** An official holding a role: {@code vnd:PositionHolding}, a kind of {@code org:Membership}. */
final class PositionHoldingConverter implements FactConverter<Fact.PositionHolding> {

    @Override
    public Resource[] types() {
        return new Resource[] {VND.PositionHolding, ORG.Membership};
    }

    @Override
    public void convert(Fact.PositionHolding fact, Resource node, ArticleScope scope) {
        scope.entity(node, VND.holder, fact.holder());
        scope.concept(node, VND.role, fact.role());
        scope.entity(node, VND.organization, fact.organization());
        scope.date(node, VND.attestedOn, fact.attestedOn());
    }
}
