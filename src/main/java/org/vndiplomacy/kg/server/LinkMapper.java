package org.vndiplomacy.kg.server;

import java.util.Locale;
import java.util.Objects;

/**
 * Maps the graph's resource IRIs ({@code {base}{kind}/{key}}) to this server's pages ({@code /id/{kind}/{key}})
 * and back. The base is configurable so that a deployment behind a persistent-IRI redirect works.
 */
record LinkMapper(String base) {

    /** Where a link to an IRI that cannot be followed points: this page. */
    static final String NOWHERE = "#";

    LinkMapper {
        Objects.requireNonNull(base, "base");
        if (!base.endsWith("/")) {
            throw new IllegalArgumentException("the IRI base must end with '/': " + base);
        }
    }

    /**
     * The page of a resource of the graph, the IRI itself for another http(s) IRI, and {@value #NOWHERE} for an IRI
     * of any other scheme, which a link must not follow ({@code javascript:}, {@code data:}, {@code file:} ...).
     */
    String href(String iri) {
        if (iri.startsWith(base)) {
            return "/id/" + iri.substring(base.length());
        }
        String lower = iri.toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://") ? iri : NOWHERE;
    }

    /** The IRI of the resource at {@code /id/{path}}. */
    String iri(String path) {
        return base + path;
    }
}
