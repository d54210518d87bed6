package org.vndiplomacy.kg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The W3C PROV-O terms the graph uses: facts are derived from articles, articles are attributed to the annotator.
 * Jena ships no PROV class.
 *
 * @see <a href="https://www.w3.org/TR/prov-o/">PROV-O</a>
 */
public final class PROV {

    public static final String NS = "http://www.w3.org/ns/prov#";

    public static final Resource Entity = ResourceFactory.createResource(NS + "Entity");
    public static final Resource Agent = ResourceFactory.createResource(NS + "Agent");
    public static final Resource SoftwareAgent = ResourceFactory.createResource(NS + "SoftwareAgent");

    public static final Property wasDerivedFrom = ResourceFactory.createProperty(NS, "wasDerivedFrom");
    public static final Property wasAttributedTo = ResourceFactory.createProperty(NS, "wasAttributedTo");

    private PROV() {}

    /** @return the namespace of PROV-O */
    public static String getURI() {
        return NS;
    }
}
