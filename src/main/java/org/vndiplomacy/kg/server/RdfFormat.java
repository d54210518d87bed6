package org.vndiplomacy.kg.server;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;

/** The representations of a resource: HTML for people, and four RDF syntaxes, with their names and suffixes. */
enum RdfFormat {
    HTML("text/html", "html", "HTML", null),
    TURTLE("text/turtle", "ttl", "Turtle", Lang.TURTLE),
    JSONLD("application/ld+json", "jsonld", "JSON-LD", Lang.JSONLD),
    NTRIPLES("application/n-triples", "nt", "N-Triples", Lang.NTRIPLES),
    RDFXML("application/rdf+xml", "rdf", "RDF/XML", Lang.RDFXML);

    /** What the server offers, best first; a client that states no preference gets HTML. */
    static final AcceptList OFFER = AcceptList.create(Arrays.stream(values()).map(f -> f.mediaType)
            .toArray(String[]::new));

    final String mediaType;
    final String suffix;
    final String label;
    final Lang lang;

    RdfFormat(String mediaType, String suffix, String label, Lang lang) {
        this.mediaType = mediaType;
        this.suffix = suffix;
        this.label = label;
        this.lang = lang;
    }

    /** The format with this suffix or name ({@code ttl}, {@code turtle}, {@code jsonld}, ...). */
    static Optional<RdfFormat> named(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (RdfFormat f : values()) {
            if (f.suffix.equals(n) || f.name().toLowerCase(Locale.ROOT).equals(n)
                    || f.label.toLowerCase(Locale.ROOT).equals(n)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The format an {@code Accept} header asks for; HTML when the header is missing or matches nothing. */
    static RdfFormat accepted(String accept) {
        if (accept == null || accept.isBlank()) {
            return HTML;
        }
        MediaType chosen = AcceptList.match(AcceptList.create(accept), OFFER);
        if (chosen == null) {
            return HTML;
        }
        for (RdfFormat f : values()) {
            if (f.mediaType.equals(chosen.getContentTypeStr())) {
                return f;
            }
        }
        return HTML;
    }
}
