package org.vndiplomacy.kg.convert;

import org.apache.jena.rdf.model.Resource;
import org.vndiplomacy.kg.annotation.TextSpan;
import org.vndiplomacy.kg.vocab.OA;

/** Writes a span as Web Annotation selector terms: {@code oa:exact}, {@code oa:start}, {@code oa:end}. */
final class SpanLib {

    private SpanLib() {
    }

    static void addSelector(ArticleScope scope, Resource node, TextSpan span) {
        scope.string(node, OA.exact, span.exact());
        scope.integer(node, OA.start, span.start());
        scope.integer(node, OA.end, span.end());
    }
}
