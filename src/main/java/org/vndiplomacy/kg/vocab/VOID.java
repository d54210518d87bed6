package org.vndiplomacy.kg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * The VoID terms the dataset's description uses: the dataset, its named graphs as subsets, and their statistics
 * (triples; the subjects of a property and the instances of a class, as partitions). Jena ships no VoID class.
 *
 * @see <a href="https://www.w3.org/TR/void/">VoID</a>
 */
public final class VOID {

    public static final String NS = "http://rdfs.org/ns/void#";

    public static final Resource Dataset = ResourceFactory.createResource(NS + "Dataset");

    public static final Property subset = ResourceFactory.createProperty(NS, "subset");
    public static final Property triples = ResourceFactory.createProperty(NS, "triples");
    public static final Property propertyPartition = ResourceFactory.createProperty(NS, "propertyPartition");
    public static final Property property = ResourceFactory.createProperty(NS, "property");
    public static final Property distinctSubjects = ResourceFactory.createProperty(NS, "distinctSubjects");
    public static final Property classPartition = ResourceFactory.createProperty(NS, "classPartition");
    public static final Property class_ = ResourceFactory.createProperty(NS, "class");
    public static final Property entities = ResourceFactory.createProperty(NS, "entities");

    private VOID() {}

    /** @return the namespace of VoID */
    public static String getURI() {
        return NS;
    }
}
