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

    /** The digest {@link #toString} wrote. */
    public static GraphDigest parse(String text) {
        int colon = text.indexOf(':');
        boolean blank = text.endsWith("+blank");
        String sums = text.substring(colon + 1, blank ? text.length() - "+blank".length() : text.length());
        if (colon < 1 || sums.length() != 32) {
            throw new IllegalArgumentException("not a graph digest: " + text);
        }
        return new GraphDigest(Long.parseLong(text.substring(0, colon)), Long.parseUnsignedLong(sums.substring(0, 16),
                16), Long.parseUnsignedLong(sums.substring(16), 16), blank);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%d:%016x%016x%s", triples, sum1, sum2, blankNodes ? "+blank" : "");
    }

    /**
     * Adds triples one at a time. Each term's two hashes are computed in one pass over its text, and the subject's
     * are kept for the next triple (a graph lists a subject's triples together).
     */
    public static final class Builder {
        private long triples;
        private long sum1;
        private long sum2;
        private boolean blank;
        private Node lastSubject;
        private long subject1;
        private long subject2;
        /** The two hashes of the term last hashed. */
        private long h1;
        private long h2;

        public Builder add(Triple t) {
            Node s = t.getSubject();
            Node p = t.getPredicate();
            Node o = t.getObject();
            blank |= s.isBlank() || o.isBlank();
            if (s != lastSubject) {
                hash(s, 0x9E3779B97F4A7C15L, 0xD6E8FEB86659FD93L);
                subject1 = h1;
                subject2 = h2;
                lastSubject = s;
            }
            hash(p, 0xC2B2AE3D27D4EB4FL, 0xFF51AFD7ED558CCDL);
            long p1 = h1;
            long p2 = h2;
            hash(o, 0x165667B19E3779F9L, 0xC4CEB9FE1A85EC53L);
            sum1 += mix(subject1 * 31 + mix(p1 * 31 + h1));
            sum2 += mix(subject2 * 37 + mix(p2 * 37 + h2));
            triples++;
            return this;
        }

        public GraphDigest build() {
            return new GraphDigest(triples, sum1, sum2, blank);
        }

        /** A term's two hashes (into h1, h2): its kind and text (a literal's lexical form, language, datatype). */
        private void hash(Node node, long seed1, long seed2) {
            if (node.isURI()) {
                text(node.getURI(), seed1 ^ 1, seed2 ^ 1);
            } else if (node.isLiteral()) {
                text(node.getLiteralLexicalForm(), seed1 ^ 2, seed2 ^ 2);
                text(node.getLiteralLanguage(), h1, h2);
                text(node.getLiteralDatatypeURI(), h1, h2);
            } else if (node.isBlank()) {
                text(node.getBlankNodeLabel(), seed1 ^ 3, seed2 ^ 3);
            } else {
                text(node.toString(), seed1 ^ 4, seed2 ^ 4);
            }
        }

        private void text(String s, long seed1, long seed2) {
            long a = seed1;
            long b = seed2;
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                a = (a ^ c) * PRIME1;
                b = (b ^ c) * PRIME2;
            }
            h1 = mix(a ^ s.length());
            h2 = mix(b ^ s.length());
        }
    }

    /** The multipliers of the two hashes (FNV-1a's 64-bit prime, and an odd constant of the golden ratio). */
    private static final long PRIME1 = 0x100000001B3L;
    private static final long PRIME2 = 0x9E3779B97F4A7C15L;

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
