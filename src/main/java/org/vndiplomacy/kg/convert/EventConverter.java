package org.vndiplomacy.kg.convert;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SchemaDO;
import org.vndiplomacy.kg.annotation.Fact;
import org.vndiplomacy.kg.vocab.VND;

/** A conference, meeting, talks or reception, with its date, place, chairs and participants. */
final class EventConverter implements FactConverter<Fact.Event> {

    @Override
    public Resource[] types() {
        return new Resource[] {VND.Event, SchemaDO.Event};
    }

    @Override
    public void convert(Fact.Event fact, Resource node, ArticleScope scope) {
        scope.vietnamese(node, RDFS.label, fact.label());
        scope.english(node, RDFS.label, fact.labelEn());
        scope.concept(node, VND.eventKind, fact.eventKind());
        scope.date(node, VND.startDate, fact.startDate());
        scope.date(node, VND.endDate, fact.endDate());
        scope.entity(node, VND.location, fact.location());
        scope.entities(node, VND.chair, fact.chairs());
        scope.entities(node, VND.coChair, fact.coChairs());
        scope.entities(node, VND.participant, fact.participants());
        scope.entity(node, VND.organizer, fact.organizer());
        scope.integer(node, VND.edition, fact.edition());
    }
}
