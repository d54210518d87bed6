package org.vndiplomacy.kg.server;

import java.util.Objects;

/**
 * Maps the graph's resource IRIs ({@code {base}{kind}/{key}}) to this server's pages ({@code /id/{kind}/{key}})
 * and back. The base is configurable so that a deployment behind a persistent-IRI redirect works.
 */
record LinkMapper(String base) {

    LinkMapper {
        Objects.requireNonNull(base, "base");
        if (!base.endsWith("/")) {
            throw new IllegalArgumentException("the IRI base must end with '/': " + base);
        }
    }

    /** The page of a resource of the graph, or the IRI itself for anything else. */
    String href(String iri) {
        return iri.startsWith(base) ? "/id/" + iri.substring(base.length()) : iri;
    }

    /** The IRI of the resource at {@code /id/{path}}. */
    String iri(String path) {
        return base + path;
    }
}
