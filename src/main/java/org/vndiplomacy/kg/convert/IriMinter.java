package org.vndiplomacy.kg.convert;

import java.util.Map;
import org.vndiplomacy.kg.annotation.Fact;
import org.vndiplomacy.kg.annotation.RefLib;
import org.vndiplomacy.kg.vocab.VND;

/**
 * Makes the graph's IRIs from the annotations alone, so that the same input gives the same IRIs on every run:
 * {@code id/{kind}/{key}} for entities, {@code id/{kind}/{articleKey}-{factId}} for facts, offsets for evidence
 * and mentions, {@code graph/...} for named graphs.
 */
public final class IriMinter {

    private static final Map<Class<?>, String> FACT_KINDS = Map.of(
            Fact.PositionHolding.class, "position",
            Fact.Partnership.class, "partnership",
            Fact.Visit.class, "visit",
            Fact.Event.class, "event",
            Fact.Agreement.class, "agreement",
            Fact.PolicyDocument.class, "document",
            Fact.Observation.class, "observation");

    private IriMinter() {
    }

    /** {@code official/bui-thanh-son} to {@code https://w3id.org/vn-diplomacy/id/official/bui-thanh-son}. */
    public static String entity(String ref) {
        return VND.ID_BASE + ref;
    }

    public static String article(String articleKey) {
        return VND.ID_BASE + "article/" + articleKey;
    }

    public static String fact(String articleKey, Fact fact) {
        return VND.ID_BASE + FACT_KINDS.get(fact.getClass()) + "/" + articleKey + "-" + fact.id();
    }

    public static String evidence(String articleKey, int start, int end) {
        return VND.ID_BASE + "evidence/" + articleKey + "-" + start + "-" + end;
    }

    public static String mention(String articleKey, int start, int end) {
        return VND.ID_BASE + "mention/" + articleKey + "-" + start + "-" + end;
    }

    /** The agent that made annotations: {@code agent/curated}, or {@code agent/{name}-{version}} folded. */
    public static String agent(String kind, String name, String version) {
        String key = "curated".equals(kind) ? "curated" : RefLib.fold(name + " " + version);
        return VND.ID_BASE + "agent/" + key;
    }

    /** The extractor's run over one article: {@code activity/extraction-{articleKey}}. */
    public static String extraction(String articleKey) {
        return VND.ID_BASE + "activity/extraction-" + articleKey;
    }

    public static String concept(String localName) {
        return VND.NS + localName;
    }

    public static String articleGraph(String articleKey) {
        return VND.GRAPH_BASE + "article/" + articleKey;
    }

    public static String graph(String name) {
        return VND.GRAPH_BASE + name;
    }
}
