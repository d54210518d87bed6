package org.vndiplomacy.kg.server;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaRange;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;

/** The representations of a resource: HTML for people, and four RDF syntaxes, with their names and suffixes. */
enum RdfFormat {
    HTML("text/html", "html", "HTML", null),
    TURTLE("text/turtle", "ttl", "Turtle", Lang.TURTLE),
    JSONLD("application/ld+json", "jsonld", "JSON-LD", Lang.JSONLD),
    NTRIPLES("application/n-triples", "nt", "N-Triples", Lang.NTRIPLES),
    RDFXML("application/rdf+xml", "rdf", "RDF/XML", Lang.RDFXML);

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

    /**
     * The format an {@code Accept} header asks for (RFC 9110, 12.5.1): each format gets the q of the most specific
     * media range that matches it, and the highest q above 0 wins; at equal q a format named by its own type beats
     * one matched by a wildcard, then the order above (HTML first). A missing or blank header accepts anything.
     * Empty when the header accepts none of the formats (q=0 excludes one).
     */
    static Optional<RdfFormat> accepted(String accept) {
        if (accept == null || accept.isBlank()) {
            return Optional.of(HTML);
        }
        List<MediaRange> ranges = new AcceptList(accept.toLowerCase(Locale.ROOT)).entries();
        RdfFormat best = null;
        double bestQ = 0;
        int bestSpecificity = -1;
        for (RdfFormat f : values()) {
            MediaRange range = mostSpecific(ranges, MediaType.create(f.mediaType));
            if (range != null && (range.get_q() > bestQ
                    || range.get_q() == bestQ && best != null && specificity(range) > bestSpecificity)) {
                best = f;
                bestQ = range.get_q();
                bestSpecificity = specificity(range);
            }
        }
        return Optional.ofNullable(best);
    }

    /** The body of a 406 answer: what was asked and what is offered. */
    static String notAcceptable(String accept) {
        return "none of the formats offered is acceptable to \"Accept: " + accept + "\"; offered: "
                + Arrays.stream(values()).map(f -> f.mediaType).collect(Collectors.joining(", "))
                + " (or a suffix: .html, .ttl, .jsonld, .nt, .rdf)";
    }

    /** The range that decides a type's q: the most specific one that matches it, the first of equals. */
    private static MediaRange mostSpecific(List<MediaRange> ranges, MediaType type) {
        MediaRange chosen = null;
        for (MediaRange r : ranges) {
            if (r.accepts(type) && (chosen == null || specificity(r) > specificity(chosen))) {
                chosen = r;
            }
        }
        return chosen;
    }

    /** 2 for a named type, 1 more for a named subtype: {@code text/turtle} 3, {@code text/*} 2, a full wildcard 0. */
    private static int specificity(MediaRange range) {
        return (isStar(range.getType()) ? 0 : 2) + (isStar(range.getSubType()) ? 0 : 1);
    }

    private static boolean isStar(String part) {
        return part == null || part.equals("*");
    }
}
