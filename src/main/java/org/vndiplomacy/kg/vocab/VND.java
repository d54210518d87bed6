package org.vndiplomacy.kg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/**
 * Constants for the vn-diplomacy-kg ontology ({@code ontology/vnd.ttl}), the approximation concepts and the concept
 * schemes of {@code ontology/concepts.ttl}. Each field is named exactly like the local name of its term;
 * {@code VocabularySyncTest} fails when this class and the Turtle files disagree.
 *
 * @see <a href="https://w3id.org/vn-diplomacy/ontology">vn-diplomacy-kg ontology</a>
 */
public final class VND {

    /** The namespace of the ontology's terms. */
    public static final String NS = "https://w3id.org/vn-diplomacy/ontology#";

    /** The IRI of the ontology itself. */
    public static final String ONTOLOGY = "https://w3id.org/vn-diplomacy/ontology";

    /** Base of every resource of the graph: {@code ID_BASE + kind + "/" + key}. */
    public static final String ID_BASE = "https://w3id.org/vn-diplomacy/id/";

    /** Base of the named graphs: {@code GRAPH_BASE + "article/" + key}, {@code "ontology"}, {@code "reference"}. */
    public static final String GRAPH_BASE = "https://w3id.org/vn-diplomacy/graph/";

    /** The dataset: what the VoID description at {@code /.well-known/void} describes, whose subsets are the graphs. */
    public static final String DATASET = "https://w3id.org/vn-diplomacy/dataset";

    /** Namespace of Wikidata items, the targets of {@code owl:sameAs} ({@code wd:} prefix). */
    public static final String WIKIDATA = "http://www.wikidata.org/entity/";

    /** Namespace of QUDT units, the values of {@code vnd:unit} ({@code qudt-unit:} prefix). */
    public static final String QUDT_UNIT = "http://qudt.org/vocab/unit/";

    private VND() {}

    /** @return the namespace of the ontology's terms */
    public static String getURI() {
        return NS;
    }

    private static Resource resource(String localName) {
        return ResourceFactory.createResource(NS + localName);
    }

    private static Property property(String localName) {
        return ResourceFactory.createProperty(NS, localName);
    }

    // Classes: entities
    public static final Resource Official = resource("Official");
    public static final Resource Country = resource("Country");
    public static final Resource Organization = resource("Organization");
    public static final Resource InternationalOrganization = resource("InternationalOrganization");
    public static final Resource Locality = resource("Locality");
    public static final Resource Article = resource("Article");

    // Classes: facts
    public static final Resource Fact = resource("Fact");
    public static final Resource PositionHolding = resource("PositionHolding");
    public static final Resource Partnership = resource("Partnership");
    public static final Resource Visit = resource("Visit");
    public static final Resource Event = resource("Event");
    public static final Resource Agreement = resource("Agreement");
    public static final Resource PolicyDocument = resource("PolicyDocument");
    public static final Resource Observation = resource("Observation");

    // Classes: provenance
    public static final Resource Evidence = resource("Evidence");
    public static final Resource Mention = resource("Mention");

    // Classes of concepts
    public static final Resource Role = resource("Role");
    public static final Resource PartnershipLevel = resource("PartnershipLevel");
    public static final Resource PartnershipChange = resource("PartnershipChange");
    public static final Resource Indicator = resource("Indicator");
    public static final Resource Approximation = resource("Approximation");
    public static final Resource AgreementType = resource("AgreementType");
    public static final Resource VisitKind = resource("VisitKind");
    public static final Resource EventKind = resource("EventKind");
    public static final Resource DocumentType = resource("DocumentType");

    // Object properties
    public static final Property holder = property("holder");
    public static final Property role = property("role");
    public static final Property organization = property("organization");
    public static final Property partner = property("partner");
    public static final Property level = property("level");
    public static final Property change = property("change");
    public static final Property occasion = property("occasion");
    public static final Property visitor = property("visitor");
    public static final Property destination = property("destination");
    public static final Property invitedBy = property("invitedBy");
    public static final Property visitKind = property("visitKind");
    public static final Property purpose = property("purpose");
    public static final Property location = property("location");
    public static final Property chair = property("chair");
    public static final Property coChair = property("coChair");
    public static final Property participant = property("participant");
    public static final Property organizer = property("organizer");
    public static final Property eventKind = property("eventKind");
    public static final Property party = property("party");
    public static final Property agreementType = property("agreementType");
    public static final Property issuer = property("issuer");
    public static final Property documentType = property("documentType");
    public static final Property indicator = property("indicator");
    public static final Property refArea = property("refArea");
    public static final Property unit = property("unit");
    public static final Property approximation = property("approximation");
    public static final Property statedBy = property("statedBy");
    public static final Property conflictsWith = property("conflictsWith");
    public static final Property evidence = property("evidence");
    public static final Property mentionOf = property("mentionOf");
    public static final Property inArticle = property("inArticle");
    public static final Property country = property("country");

    // Datatype properties
    public static final Property iso3166Alpha2 = property("iso3166Alpha2");
    public static final Property sourceFile = property("sourceFile");
    public static final Property attestedOn = property("attestedOn");
    public static final Property establishedOn = property("establishedOn");
    public static final Property startDate = property("startDate");
    public static final Property endDate = property("endDate");
    public static final Property signedOn = property("signedOn");
    public static final Property documentNumber = property("documentNumber");
    public static final Property issuedOn = property("issuedOn");
    public static final Property value = property("value");
    public static final Property minValue = property("minValue");
    public static final Property maxValue = property("maxValue");
    public static final Property periodStart = property("periodStart");
    public static final Property periodEnd = property("periodEnd");
    public static final Property basePeriodStart = property("basePeriodStart");
    public static final Property basePeriodEnd = property("basePeriodEnd");
    public static final Property rawText = property("rawText");
    public static final Property edition = property("edition");
    public static final Property confidence = property("confidence");
    public static final Property delegation = property("delegation");
    public static final Property relativeTolerance = property("relativeTolerance");

    // Approximation concepts (concepts.ttl): how a figure was written, and so the interval it stands for
    public static final Resource Exact = resource("Exact");
    public static final Resource Approximately = resource("Approximately");
    public static final Resource Nearly = resource("Nearly");
    public static final Resource MoreThan = resource("MoreThan");
    public static final Resource LessThan = resource("LessThan");
    public static final Resource AtLeast = resource("AtLeast");
    public static final Resource AtMost = resource("AtMost");
    public static final Resource Range = resource("Range");

    // Concept schemes (concepts.ttl)
    public static final Resource RoleScheme = resource("RoleScheme");
    public static final Resource PartnershipLevelScheme = resource("PartnershipLevelScheme");
    public static final Resource PartnershipChangeScheme = resource("PartnershipChangeScheme");
    public static final Resource IndicatorScheme = resource("IndicatorScheme");
    public static final Resource ApproximationScheme = resource("ApproximationScheme");
    public static final Resource AgreementTypeScheme = resource("AgreementTypeScheme");
    public static final Resource VisitKindScheme = resource("VisitKindScheme");
    public static final Resource EventKindScheme = resource("EventKindScheme");
    public static final Resource DocumentTypeScheme = resource("DocumentTypeScheme");
}
