package org.vndiplomacy.kg.vocab;

import org.apache.jena.shared.PrefixMapping;

/** PROVISIONAL. */
public final class Prefixes {
    public static final PrefixMapping MAPPING = PrefixMapping.Factory.create()
            .setNsPrefix("vnd", VND.NS)
            .setNsPrefix("id", VND.ID_BASE)
            .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
            .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
            .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
            .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
            .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
            .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
            .setNsPrefix("prov", PROV.NS)
            .setNsPrefix("oa", OA.NS)
            .setNsPrefix("org", "http://www.w3.org/ns/org#")
            .setNsPrefix("schema", "https://schema.org/")
            .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
            .setNsPrefix("qudt-unit", VND.QUDT_UNIT)
            .setNsPrefix("wd", VND.WIKIDATA)
            .lock();

    private Prefixes() {
    }
}
