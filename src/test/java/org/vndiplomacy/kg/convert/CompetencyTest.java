package org.vndiplomacy.kg.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Questions researchers ask, answered by SPARQL over the converted seeds in a TDB2 store on disk (union default
 * graph). Each answer is exact: every row, in order.
 */
class CompetencyTest extends SeedStoreTest {

    @Test
    void vietnamsPartnerships_levelChangeDate() {
        assertEquals(List.of(
                "country:cn | vnd:ComprehensiveStrategicCooperativePartnership | vnd:Deepened | 2023-12"
                        + " | article:002-854a89eabb678019",
                "country:cn | vnd:StrategicCommunityWithSharedFuture | vnd:Established | 2023-12"
                        + " | article:002-854a89eabb678019",
                "country:us | vnd:ComprehensiveStrategicPartnership | vnd:Established | 2023-09"
                        + " | article:002-854a89eabb678019"),
                SeedGraph.select(store, """
                        SELECT ?partner ?level ?change ?date ?article WHERE {
                          ?p a vnd:Partnership ; vnd:partner country:vn , ?partner ; vnd:level ?level ;
                             prov:wasDerivedFrom ?article .
                          FILTER(?partner != country:vn)
                          OPTIONAL { ?p vnd:establishedOn ?date } OPTIONAL { ?p vnd:change ?change }
                        } ORDER BY ?partner ?level"""));
    }

    @Test
    void positionsOfBuiThanhSon_withDates() {
        assertEquals(List.of(
                "vnd:MinisterOfForeignAffairs | Bộ trưởng Bộ Ngoại giao | organization:bo-ngoai-giao | -"
                        + " | article:000-18e04e0ee17e3dbf",
                "vnd:MinisterOfForeignAffairs | Bộ trưởng Bộ Ngoại giao | organization:bo-ngoai-giao | -"
                        + " | article:002-854a89eabb678019",
                "vnd:MinisterOfForeignAffairs | Bộ trưởng Bộ Ngoại giao | organization:bo-ngoai-giao | 2023-12-18"
                        + " | article:004-2190a0364f6f74ce",
                "vnd:MinisterOfForeignAffairs | Bộ trưởng Bộ Ngoại giao | organization:bo-ngoai-giao | 2024-04-02"
                        + " | article:001-fd340b40d8971c87"),
                SeedGraph.select(store, """
                        SELECT ?role ?roleLabel ?org ?date ?article WHERE {
                          ?h a vnd:PositionHolding ; vnd:holder official:bui-thanh-son ; vnd:role ?role ;
                             prov:wasDerivedFrom ?article .
                          ?role skos:prefLabel ?roleLabel . FILTER(LANG(?roleLabel) = "vi")
                          OPTIONAL { ?h vnd:organization ?org } OPTIONAL { ?h vnd:attestedOn ?date }
                        } ORDER BY ?date ?article"""));
    }

    @Test
    void visitsOf2023_visitorAndDestination() {
        assertEquals(List.of(
                "official:dmitry-medvedev | Dmitry Medvedev | country:vn | 2023-05 | article:002-854a89eabb678019",
                "official:joe-biden | Joe Biden | country:vn | 2023-09 | article:002-854a89eabb678019",
                "official:tap-can-binh | Tập Cận Bình | country:vn | 2023-12 | article:002-854a89eabb678019"),
                SeedGraph.select(store, """
                        SELECT ?visitor ?name ?destination ?start ?article WHERE {
                          ?v a vnd:Visit ; vnd:visitor ?visitor ; vnd:destination ?destination ;
                             vnd:startDate ?start ; prov:wasDerivedFrom ?article .
                          ?visitor rdfs:label ?name . FILTER(LANG(?name) = "vi")
                          FILTER(YEAR(?start) = 2023)
                        } ORDER BY ?start"""));
    }

    @Test
    void fdiFigures2023_valueUnitApproximationSource() {
        assertEquals(List.of(
                "article:000-18e04e0ee17e3dbf | vnd:FdiRegistered | 28000000000 | qudt-unit:CCY_USD | vnd:MoreThan"
                        + " | trên 28 tỷ USD | 2023-12-31",
                "article:000-18e04e0ee17e3dbf | vnd:FdiRegisteredGrowth | 14.8 | qudt-unit:PERCENT | vnd:Exact | 14,8%"
                        + " | 2023-12-31",
                "article:001-fd340b40d8971c87 | vnd:FdiDisbursed | 23200000000 | qudt-unit:CCY_USD | vnd:Nearly"
                        + " | gần 23,2 tỷ USD | 2023-12-31",
                "article:001-fd340b40d8971c87 | vnd:FdiRegistered | 36600000000 | qudt-unit:CCY_USD | vnd:Nearly"
                        + " | gần 36,6 tỷ USD | 2023-12-31",
                "article:001-fd340b40d8971c87 | vnd:FdiRegisteredGrowth | 32.1 | qudt-unit:PERCENT | vnd:Exact | 32,1%"
                        + " | 2023-12-31",
                "article:002-854a89eabb678019 | vnd:FdiRegistered | 36600000000 | qudt-unit:CCY_USD | vnd:Exact"
                        + " | 36,6 tỷ USD | 2023-12-31",
                "article:002-854a89eabb678019 | vnd:FdiRegisteredGrowth | 32.8 | qudt-unit:PERCENT | vnd:Exact | 32,8%"
                        + " | 2023-12-31",
                "article:004-2190a0364f6f74ce | vnd:FdiRegistered | 29000000000 | qudt-unit:CCY_USD | vnd:Nearly"
                        + " | gần 29 tỷ USD | 2023-11-30",
                "article:004-2190a0364f6f74ce | vnd:FdiRegisteredGrowth | 14.8 | qudt-unit:PERCENT | vnd:Exact | 14,8%"
                        + " | 2023-11-30"),
                SeedGraph.select(store, """
                        SELECT ?article ?indicator ?value ?unit ?approx ?raw ?end WHERE {
                          VALUES ?indicator { vnd:FdiRegistered vnd:FdiRegisteredGrowth vnd:FdiDisbursed }
                          ?o a vnd:Observation ; vnd:indicator ?indicator ; vnd:unit ?unit ;
                             vnd:approximation ?approx ; vnd:rawText ?raw ; prov:wasDerivedFrom ?article ;
                             vnd:periodStart ?start ; vnd:periodEnd ?end .
                          OPTIONAL { ?o vnd:value ?value }
                          FILTER(?start >= "2023-01-01"^^xsd:date && ?end <= "2023-12-31"^^xsd:date)
                        } ORDER BY ?article ?indicator ?end"""));
    }

    @Test
    void conflictingFigures_pairsWithRawTexts() {
        assertEquals(List.of(
                "vnd:FdiRegisteredGrowth | 14,8% | article:000-18e04e0ee17e3dbf | 32,1% | article:001-fd340b40d8971c87",
                "vnd:FdiRegisteredGrowth | 14,8% | article:000-18e04e0ee17e3dbf | 32,8% | article:002-854a89eabb678019",
                "vnd:FdiRegisteredGrowth | 32,1% | article:001-fd340b40d8971c87 | 32,8% | article:002-854a89eabb678019",
                "vnd:IncomingLeadershipVisits | 21 chuyến | article:000-18e04e0ee17e3dbf | 28 chuyến thăm"
                        + " | article:002-854a89eabb678019",
                "vnd:OutgoingLeadershipVisits | 15 chuyến | article:000-18e04e0ee17e3dbf | 22 chuyến thăm"
                        + " | article:002-854a89eabb678019"),
                SeedGraph.select(store, """
                        SELECT ?indicator ?raw1 ?article1 ?raw2 ?article2 WHERE {
                          GRAPH <https://w3id.org/vn-diplomacy/graph/derived> { ?a vnd:conflictsWith ?b }
                          ?a vnd:rawText ?raw1 ; prov:wasDerivedFrom ?article1 ; vnd:indicator ?indicator .
                          ?b vnd:rawText ?raw2 ; prov:wasDerivedFrom ?article2 .
                          FILTER(STR(?article1) < STR(?article2))
                        } ORDER BY ?indicator ?article1 ?article2"""));
    }

    @Test
    void conflicts_areSymmetricAndNoneForCompatibleTradeFigures() {
        assertEquals(List.of("10"), SeedGraph.select(store,
                "SELECT (COUNT(*) AS ?n) WHERE { ?a vnd:conflictsWith ?b . ?b vnd:conflictsWith ?a }"));
        assertEquals(List.of("3 | 0"), SeedGraph.select(store, """
                SELECT (COUNT(DISTINCT ?o) AS ?figures) (COUNT(?other) AS ?conflicts) WHERE {
                  ?o vnd:indicator vnd:TradeTurnover ; vnd:periodStart "2023-01-01"^^xsd:date .
                  OPTIONAL { ?o vnd:conflictsWith ?other }
                }"""));
    }

    @Test
    void officialsWhoChairedAConference2024() {
        assertEquals(List.of(
                "official:nguyen-duc-trung | chair | 2024-04-02 | article:001-fd340b40d8971c87",
                "official:pham-minh-chinh | chair | 2024 | article:003-9d6eedfe7b931b05",
                "official:pham-minh-chinh | chair | 2024-04-02 | article:001-fd340b40d8971c87",
                "official:tran-luu-quang | coChair | 2024-04-02 | article:001-fd340b40d8971c87"),
                SeedGraph.select(store, """
                        SELECT ?official ?how ?date ?article WHERE {
                          ?e a vnd:Event ; vnd:eventKind vnd:Conference ; vnd:startDate ?date ;
                             prov:wasDerivedFrom ?article .
                          { ?e vnd:chair ?official BIND("chair" AS ?how) }
                          UNION { ?e vnd:coChair ?official BIND("coChair" AS ?how) }
                          FILTER(YEAR(?date) = 2024)
                        } ORDER BY ?official ?date"""));
    }
}
