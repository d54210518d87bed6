package org.vndiplomacy.kg.convert;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.vndiplomacy.kg.annotation.Fact;
import org.vndiplomacy.kg.vocab.VND;

/** A directive, resolution or other policy document, by number and date. */
final class PolicyDocumentConverter implements FactConverter<Fact.PolicyDocument> {

    @Override
    public Resource[] types() {
        return new Resource[] {VND.PolicyDocument};
    }

    @Override
    public void convert(Fact.PolicyDocument fact, Resource node, ArticleScope scope) {
        scope.string(node, VND.documentNumber, fact.documentNumber());
        scope.concept(node, VND.documentType, fact.documentType());
        scope.vietnamese(node, RDFS.label, fact.label());
        scope.date(node, VND.issuedOn, fact.issuedOn());
        scope.entity(node, VND.issuer, fact.issuer());
    }
}
