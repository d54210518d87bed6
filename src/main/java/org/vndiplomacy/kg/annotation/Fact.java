package org.vndiplomacy.kg.annotation;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.math.BigDecimal;
import java.util.List;

/**
 * A fact stated by an article, with the evidence for it. The JSON field {@code type} names the kind.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({
    @JsonSubTypes.Type(value = Fact.PositionHolding.class, name = "PositionHolding"),
    @JsonSubTypes.Type(value = Fact.Partnership.class, name = "Partnership"),
    @JsonSubTypes.Type(value = Fact.Visit.class, name = "Visit"),
    @JsonSubTypes.Type(value = Fact.Event.class, name = "Event"),
    @JsonSubTypes.Type(value = Fact.Agreement.class, name = "Agreement"),
    @JsonSubTypes.Type(value = Fact.PolicyDocument.class, name = "PolicyDocument"),
    @JsonSubTypes.Type(value = Fact.Observation.class, name = "Observation")
})
public sealed interface Fact {

    /** Unique in the file; becomes part of the fact's IRI. */
    String id();

    List<Evidence> evidence();

    /** 0..1 for extracted facts; {@code null} for curated ones. */
    BigDecimal confidence();

    /** A curator's remark, or {@code null}. */
    String note();

    /** The type name as written in JSON. */
    default String type() {
        return getClass().getSimpleName();
    }

    /** An official holding a role, attested at a date. */
    record PositionHolding(String id, List<Evidence> evidence, BigDecimal confidence, String note,
            String holder, String role, String organization, String attestedOn) implements Fact {
    }

    /** A partnership between two parties, at a level, set up or changed at a date. */
    record Partnership(String id, List<Evidence> evidence, BigDecimal confidence, String note,
            List<String> partners, String level, String change, String date, String occasion, String label)
            implements Fact {
    }

    /** An official's visit to a country or locality. */
    record Visit(String id, List<Evidence> evidence, BigDecimal confidence, String note,
            String visitor, String destination, String startDate, String endDate, String visitKind,
            List<String> invitedBy, String purpose, String delegation) implements Fact {
    }

    /** A conference, meeting, talks or reception. */
    record Event(String id, List<Evidence> evidence, BigDecimal confidence, String note,
            String label, String labelEn, String eventKind, String startDate, String endDate, String location,
            List<String> chairs, List<String> coChairs, List<String> participants, String organizer,
            Integer edition) implements Fact {
    }

    /** An agreement signed between parties. */
    record Agreement(String id, List<Evidence> evidence, BigDecimal confidence, String note,
            String label, String agreementType, List<String> parties, String signedOn) implements Fact {
    }

    /** A directive, resolution, decision or other policy document. */
    record PolicyDocument(String id, List<Evidence> evidence, BigDecimal confidence, String note,
            String documentNumber, String documentType, String label, String issuedOn, String issuer)
            implements Fact {
    }

    /** A figure: an indicator's value for an area and a period, as written. */
    record Observation(String id, List<Evidence> evidence, BigDecimal confidence, String note,
            String indicator, String refArea, BigDecimal value, BigDecimal minValue, BigDecimal maxValue,
            String unit, String approximation, String rawText, String periodStart, String periodEnd,
            String basePeriodStart, String basePeriodEnd, String statedBy) implements Fact {
    }
}
