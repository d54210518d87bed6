package org.vndiplomacy.kg.convert;

import org.apache.jena.rdf.model.Resource;
import org.vndiplomacy.kg.annotation.Fact;

/** Adds the triples of one kind of fact; provenance and evidence are added by {@link ArticleConverter}. */
interface FactConverter<T extends Fact> {

    /** The class of the fact node, besides what provenance adds. */
    Resource[] types();

    void convert(T fact, Resource node, ArticleScope scope);
}
