package org.vndiplomacy.kg.vocab;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/**
 * The W3C Web Annotation terms the graph uses for quoted spans (evidence and mentions). The constants are Jena's
 * {@link org.apache.jena.vocabulary.OA}, gathered here so the converters name one class per vocabulary.
 *
 * @see <a href="https://www.w3.org/TR/annotation-vocab/">Web Annotation Vocabulary</a>
 */
public final class OA {

    public static final String NS = org.apache.jena.vocabulary.OA.NS;

    public static final Resource TextQuoteSelector = org.apache.jena.vocabulary.OA.TextQuoteSelector;
    public static final Resource TextPositionSelector = org.apache.jena.vocabulary.OA.TextPositionSelector;

    /** The quoted text, copied exactly. */
    public static final Property exact = org.apache.jena.vocabulary.OA.exact;
    /** Offset of the first code point of the quote in the NFC article text. */
    public static final Property start = org.apache.jena.vocabulary.OA.start;
    /** Offset just after the last code point of the quote (exclusive). */
    public static final Property end = org.apache.jena.vocabulary.OA.end;

    private OA() {}

    /** @return the namespace of the Web Annotation vocabulary */
    public static String getURI() {
        return NS;
    }
}
