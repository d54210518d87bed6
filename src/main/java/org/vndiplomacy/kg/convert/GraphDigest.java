package org.vndiplomacy.kg.convert;

import java.util.Iterator;
import java.util.Locale;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;

/**
 * What a graph holds, in 128 bits and a count, whatever the order its triples are read in: the number of triples
 * and two sums (modulo 2^64) of independent 64-bit hashes of each triple's terms (IRI, or literal with its language
 * and datatype). Equal graphs have equal digests; a graph with one triple changed, added or removed has another one,
 * but for a chance of about 2^-128. So a stored graph can be compared with a newly converted one by reading each once,
 * holding neither. Blank nodes get new labels on every parse, so a graph that has any is marked, and must be compared
 * by isomorphism instead.
 */
public record GraphDigest(long triples, long sum1, long sum2, boolean blankNodes) {

    /** The digest of an empty graph. */
    public static final GraphDigest EMPTY = new GraphDigest(0, 0, 0, false);

    public static GraphDigest of(Graph graph) {
        return of(graph.find());
    }

    public static GraphDigest of(Iterator<Triple> triples) {
        Builder builder = new Builder();
        triples.forEachRemaining(builder::add);
        return builder.build();
    }

    /** Whether two graphs with these digests hold the same triples (never, when either has blank nodes). */
    public boolean sameAs(GraphDigest other) {
        return !blankNodes && !other.blankNodes && equals(other);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d:%016x%016x%s", triples, sum1, sum2, blankNodes ? "+blank" : "");
    }

    /** Adds triples one at a time. */
    public static final class Builder {
        private long triples;
        private long sum1;
        private long sum2;
        private boolean blank;

        public Builder add(Triple t) {
            Node s = t.getSubject();
            Node p = t.getPredicate();
            Node o = t.getObject();
            blank |= s.isBlank() || o.isBlank();
            sum1 += mix(hash(s, 0x9E3779B97F4A7C15L, PRIME1) * 31 + mix(hash(p, 0xC2B2AE3D27D4EB4FL, PRIME1) * 31
                    + hash(o, 0x165667B19E3779F9L, PRIME1)));
            sum2 += mix(hash(s, 0xD6E8FEB86659FD93L, PRIME2) * 37 + mix(hash(p, 0xFF51AFD7ED558CCDL, PRIME2) * 37
                    + hash(o, 0xC4CEB9FE1A85EC53L, PRIME2)));
            triples++;
            return this;
        }

        public GraphDigest build() {
            return new GraphDigest(triples, sum1, sum2, blank);
        }
    }

    /** The multipliers of the two hashes (FNV-1a's 64-bit prime, and an odd constant of the golden ratio). */
    private static final long PRIME1 = 0x100000001B3L;
    private static final long PRIME2 = 0x9E3779B97F4A7C15L;

    /** A term's hash: its kind and text (a literal's lexical form, language and datatype), from a seed. */
    private static long hash(Node node, long seed, long prime) {
        if (node.isURI()) {
            return text(node.getURI(), seed ^ 1, prime);
        }
        if (node.isLiteral()) {
            long h = text(node.getLiteralLexicalForm(), seed ^ 2, prime);
            h = text(node.getLiteralLanguage(), h, prime);
            return text(node.getLiteralDatatypeURI(), h, prime);
        }
        if (node.isBlank()) {
            return text(node.getBlankNodeLabel(), seed ^ 3, prime);
        }
        return text(node.toString(), seed ^ 4, prime);
    }

    private static long text(String s, long seed, long prime) {
        long h = seed;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * prime;
        }
        return mix(h ^ s.length());
    }

    /** The finalizer of MurmurHash3: spreads every input bit over the output. */
    private static long mix(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h;
    }
}
