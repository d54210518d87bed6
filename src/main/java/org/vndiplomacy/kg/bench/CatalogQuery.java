package org.vndiplomacy.kg.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A query of the catalog ({@code queries/*.rq}). Those that name one entity (Vietnam, Bùi Thanh Sơn, an indicator,
 * an article of the seeds, a name to search) get it replaced, request by request, by others of the generated
 * corpus, so that a run does not ask one question over and over (or one the corpus has no answer to).
 */
record CatalogQuery(String name, String text, Parameter parameter) {

    /** What a parameter stands for; each kind writes a value of the corpus into SPARQL. */
    enum Kind {
        /** {@code country/us} as {@code country:us}. */
        COUNTRY,
        /** {@code official/dinh-van-minh-huy} as {@code official:dinh-van-minh-huy}. */
        OFFICIAL,
        /** {@code TradeTurnover} as {@code vnd:TradeTurnover}. */
        INDICATOR,
        /** {@code g000001_42.txt} as a string literal. */
        SOURCE_FILE,
        /** {@code official/dinh-van-minh-huy} as the phrase {@code '"dinh van minh huy"'} of a text search. */
        NAME;

        String sparql(String value) {
            return switch (this) {
                case COUNTRY, OFFICIAL -> value.replaceFirst("/", ":");
                case INDICATOR -> "vnd:" + value;
                case SOURCE_FILE -> "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
                case NAME -> "'\"" + value.substring(value.indexOf('/') + 1).replace('-', ' ') + "\"'";
            };
        }
    }

    /** The text a query names its entity with ({@code token}), and what kind of value replaces it. */
    record Parameter(Kind kind, String token) {
    }

    /** The catalog queries that name one entity, by file name; the rest are run as they are. */
    static final Map<String, Parameter> PARAMETERS = Map.of(
            "01-vietnam-partnerships", new Parameter(Kind.COUNTRY, "country:vn"),
            "04-positions-of-one-official", new Parameter(Kind.OFFICIAL, "official:bui-thanh-son"),
            "06-figures-for-one-indicator", new Parameter(Kind.INDICATOR, "vnd:FdiRegistered"),
            "08-facts-of-one-article", new Parameter(Kind.SOURCE_FILE, "\"004_2190a0364f6f74ce.txt\""),
            "10-co-mentioned-with-one-official", new Parameter(Kind.OFFICIAL, "official:bui-thanh-son"),
            "18-search-by-name", new Parameter(Kind.NAME, "'\"bui thanh son\"'"));

    CatalogQuery {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(text, "text");
        if (parameter != null && !tokenPattern(parameter.token()).matcher(text).find()) {
            throw new IllegalArgumentException(name + ": the query no longer names " + parameter.token()
                    + ", which the benchmark replaces (update CatalogQuery.PARAMETERS)");
        }
    }

    /** Every {@code *.rq} file of a folder, in name order. */
    static List<CatalogQuery> read(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> queries = files.filter(f -> f.getFileName().toString().endsWith(".rq")).sorted().toList();
            List<CatalogQuery> catalog = new java.util.ArrayList<>();
            for (Path file : queries) {
                String name = file.getFileName().toString().replaceFirst("\\.rq$", "");
                catalog.add(new CatalogQuery(name, Files.readString(file, StandardCharsets.UTF_8),
                        PARAMETERS.get(name)));
            }
            return catalog;
        }
    }

    /** Whether the query uses Jena's full-text search ({@code text:query}), which other stores do not have. */
    boolean jenaSpecific() {
        return text.contains("<http://jena.apache.org/text#>");
    }

    /** The query with its entity replaced by {@code value} (a value of the parameter's kind); as is without one. */
    String instantiate(String value) {
        if (parameter == null || value == null) {
            return text;
        }
        Matcher matcher = tokenPattern(parameter.token()).matcher(text);
        return matcher.replaceAll(Matcher.quoteReplacement(parameter.kind().sparql(value)));
    }

    /** The token as a whole term: {@code vnd:FdiRegistered} but not the start of {@code vnd:FdiRegisteredGrowth}. */
    private static Pattern tokenPattern(String token) {
        return Pattern.compile("(?<![\\w:/-])" + Pattern.quote(token) + "(?![\\w-])");
    }
}
