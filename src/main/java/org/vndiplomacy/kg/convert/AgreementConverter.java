package org.vndiplomacy.kg.convert;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.vndiplomacy.kg.annotation.Fact;
import org.vndiplomacy.kg.vocab.VND;

/** An agreement between parties, of a type, signed at a date. */
final class AgreementConverter implements FactConverter<Fact.Agreement> {

    @Override
    public Resource[] types() {
        return new Resource[] {VND.Agreement};
    }

    @Override
    public void convert(Fact.Agreement fact, Resource node, ArticleScope scope) {
        scope.vietnamese(node, RDFS.label, fact.label());
        scope.concept(node, VND.agreementType, fact.agreementType());
        scope.entities(node, VND.party, fact.parties());
        scope.date(node, VND.signedOn, fact.signedOn());
    }
}
