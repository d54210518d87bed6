package org.vndiplomacy.kg.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ParameterizedSparqlString;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.vndiplomacy.kg.server.PageView.Segment;
import org.vndiplomacy.kg.vocab.Prefixes;

/**
 * The marked spans of an article's text (mentions, linked to their entity; evidence, linked to their fact) and the
 * text cut into segments at every span boundary, for the article page. Offsets count code points.
 */
final class ArticleSpans {

    /** A span: {@code [start, end)} in code points; a mention or the evidence of a fact. */
    record Span(long start, long end, boolean evidence, String target, String targetName) {
    }

    private static final String SPANS = """
            SELECT ?start ?end ?evidence ?target ?name WHERE {
              { ?m a vnd:Mention ; vnd:inArticle ?r ; oa:start ?start ; oa:end ?end ; vnd:mentionOf ?target .
                BIND(false AS ?evidence) OPTIONAL { ?target rdfs:label ?name FILTER(LANG(?name) = "vi") } }
              UNION
              { ?e a vnd:Evidence ; vnd:inArticle ?r ; oa:start ?start ; oa:end ?end . ?target vnd:evidence ?e .
                BIND(true AS ?evidence) }
            } ORDER BY ?start ?end ?target""";

    private ArticleSpans() {
    }

    static List<Span> read(Dataset dataset, String article) {
        ParameterizedSparqlString pss = new ParameterizedSparqlString(SPANS);
        pss.setNsPrefixes(Prefixes.MAPPING);
        pss.setIri("r", article);
        return Txn.calculateRead(dataset, () -> {
            List<Span> spans = new ArrayList<>();
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(pss.asQuery()).build()) {
                exec.execSelect().forEachRemaining((QuerySolution row) -> spans.add(new Span(
                        row.getLiteral("start").getLong(), row.getLiteral("end").getLong(),
                        row.getLiteral("evidence").getBoolean(), row.getResource("target").getURI(),
                        row.contains("name") ? row.getLiteral("name").getString() : null)));
            }
            return spans;
        });
    }

    /**
     * The text cut at every span boundary. A segment inside a mention links to the innermost mention's entity; a
     * segment inside evidence is marked, titled with the facts it supports.
     */
    static List<Segment> segments(String text, List<Span> spans, LinkMapper links) {
        Objects.requireNonNull(text, "text");
        int length = text.codePointCount(0, text.length());
        TreeSet<Long> cuts = new TreeSet<>(List.of(0L, (long) length));
        for (Span s : spans) {
            if (s.start() >= 0 && s.end() <= length && s.start() < s.end()) {
                cuts.add(s.start());
                cuts.add(s.end());
            }
        }
        List<Segment> segments = new ArrayList<>();
        Long previous = null;
        for (long cut : cuts) {
            if (previous != null) {
                segments.add(segment(text, previous, cut, spans, links));
            }
            previous = cut;
        }
        return segments;
    }

    private static Segment segment(String text, long from, long to, List<Span> spans, LinkMapper links) {
        Span mention = null;
        List<String> facts = new ArrayList<>();
        for (Span s : spans) {
            if (s.start() <= from && to <= s.end()) {
                if (s.evidence()) {
                    String target = s.target();
                    facts.add(target.substring(target.lastIndexOf('/') + 1));
                } else if (mention == null || s.end() - s.start() < mention.end() - mention.start()) {
                    mention = s;
                }
            }
        }
        int begin = text.offsetByCodePoints(0, (int) from);
        int end = text.offsetByCodePoints(begin, (int) (to - from));
        String title = facts.isEmpty() ? null
                : "evidence of " + String.join(", ", facts.stream().distinct().sorted().toList());
        return new Segment(text.substring(begin, end), mention == null ? null : links.href(mention.target()),
                mention == null ? null : mention.targetName(), !facts.isEmpty(), title);
    }
}
