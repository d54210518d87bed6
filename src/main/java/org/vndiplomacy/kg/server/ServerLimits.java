package org.vndiplomacy.kg.server;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.sparql.util.Symbol;
import org.vndiplomacy.kg.store.StoreConfig;

/**
 * The limits of the endpoint beside the query timeout, from the server's {@code ja:context} settings in the
 * configuration (any missing one takes its default): the largest answer {@code /kg/sparql} sends
 * ({@value #RESULT_LIMIT}, rows of SELECT, triples of CONSTRUCT and DESCRIBE), and the largest request body of an
 * update ({@value #UPDATE_BODY_LIMIT}) and of any other request ({@value #BODY_LIMIT}), in bytes.
 */
public record ServerLimits(long results, long body, long updateBody) {

    /** Rows (SELECT) or triples (CONSTRUCT, DESCRIBE) in one answer of the query endpoints. */
    public static final String RESULT_LIMIT = "vnkg:resultLimit";
    /** Bytes in the body of a request other than an update. */
    public static final String BODY_LIMIT = "vnkg:requestBodyLimit";
    /** Bytes in the body of an update request. */
    public static final String UPDATE_BODY_LIMIT = "vnkg:updateBodyLimit";
    /** Every setting, for the configuration check. */
    static final List<String> NAMES = List.of(RESULT_LIMIT, BODY_LIMIT, UPDATE_BODY_LIMIT);

    /** The result limit as the symbol Fuseki puts in each request's context (server-wide or per endpoint). */
    static final Symbol RESULT_LIMIT_SYMBOL = Symbol.create(RESULT_LIMIT);

    /** 100,000 rows or triples; 1 MiB for a query, 16 MiB for an update. */
    public static final ServerLimits DEFAULTS = new ServerLimits(100_000, 1L << 20, 16L << 20);

    public ServerLimits {
        if (results < 1 || body < 1 || updateBody < 1) {
            throw new IllegalArgumentException("limits must be positive: " + results + ", " + body + ", "
                    + updateBody);
        }
    }

    /** The limits the configuration sets (checked by {@link ServerConfigCheck}), the defaults for the others. */
    static ServerLimits of(StoreConfig config) {
        return new ServerLimits(read(config, RESULT_LIMIT).orElse(DEFAULTS.results),
                read(config, BODY_LIMIT).orElse(DEFAULTS.body),
                read(config, UPDATE_BODY_LIMIT).orElse(DEFAULTS.updateBody));
    }

    /** A limit's value, if it is a positive whole number (what {@link ServerConfigCheck} requires). */
    static Optional<Long> parse(String text) {
        if (text == null || !text.matches("[1-9][0-9]{0,15}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(text));
    }

    /** A size in bytes for messages: "1 MiB", "1,500 bytes". */
    static String bytes(long n) {
        if (n >= 1L << 20 && n % (1L << 20) == 0) {
            return (n >> 20) + " MiB";
        }
        if (n >= 1L << 10 && n % (1L << 10) == 0) {
            return (n >> 10) + " KiB";
        }
        return String.format(Locale.ROOT, "%,d bytes", n);
    }

    private static Optional<Long> read(StoreConfig config, String name) {
        return config.serverSetting(name).flatMap(ServerLimits::parse);
    }
}
