package org.vndiplomacy.kg.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The values of a corpus that the parameterised catalog queries take, read from its annotation files: the countries
 * that are partners in a partnership, the officials that hold a post (and their names, to search), the indicators
 * of its figures, its articles. Sorted, so that a seed draws the same values on every run.
 */
final class QueryParameters {

    private final Map<CatalogQuery.Kind, List<String>> pools;

    QueryParameters(Map<CatalogQuery.Kind, ? extends java.util.Collection<String>> pools) {
        Map<CatalogQuery.Kind, List<String>> copy = new EnumMap<>(CatalogQuery.Kind.class);
        pools.forEach((kind, values) -> copy.put(kind, List.copyOf(new TreeSet<>(values))));
        this.pools = copy;
    }

    /** Reads at most {@code limit} annotation files of a folder, in name order. */
    static QueryParameters read(Path annotations, int limit) throws IOException {
        Map<CatalogQuery.Kind, SortedSet<String>> pools = new EnumMap<>(CatalogQuery.Kind.class);
        for (CatalogQuery.Kind kind : CatalogQuery.Kind.values()) {
            pools.put(kind, new TreeSet<>());
        }
        ObjectMapper json = new ObjectMapper();
        List<Path> files;
        try (Stream<Path> list = Files.list(annotations)) {
            files = list.filter(f -> f.toString().endsWith(".json")).sorted().limit(limit).toList();
        }
        for (Path file : files) {
            collect(json.readTree(file.toFile()), pools);
        }
        return new QueryParameters(pools);
    }

    static void collect(JsonNode annotation, Map<CatalogQuery.Kind, SortedSet<String>> pools) {
        String sourceFile = annotation.path("article").path("sourceFile").asText("");
        if (!sourceFile.isEmpty()) {
            pools.get(CatalogQuery.Kind.SOURCE_FILE).add(sourceFile);
        }
        for (JsonNode fact : annotation.path("facts")) {
            switch (fact.path("type").asText()) {
                case "Partnership" -> fact.path("partners").forEach(partner -> {
                    if (partner.asText().startsWith("country/")) {
                        pools.get(CatalogQuery.Kind.COUNTRY).add(partner.asText());
                    }
                });
                case "PositionHolding" -> {
                    pools.get(CatalogQuery.Kind.OFFICIAL).add(fact.path("holder").asText());
                    pools.get(CatalogQuery.Kind.NAME).add(fact.path("holder").asText());
                }
                case "Observation" -> pools.get(CatalogQuery.Kind.INDICATOR).add(fact.path("indicator").asText());
                default -> {
                }
            }
        }
    }

    List<String> pool(CatalogQuery.Kind kind) {
        return pools.getOrDefault(kind, List.of());
    }

    /** One value for the query's parameter, drawn with {@code random}; null for a query without one. */
    String draw(CatalogQuery query, Random random) {
        if (query.parameter() == null) {
            return null;
        }
        List<String> pool = pool(query.parameter().kind());
        return pool.isEmpty() ? null : pool.get(random.nextInt(pool.size()));
    }
}
