package org.vndiplomacy.kg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Objects;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.query.text.DatasetGraphText;
import org.apache.jena.query.text.Entity;
import org.apache.jena.query.text.EntityDefinition;
import org.apache.jena.query.text.TextIndex;
import org.apache.jena.query.text.TextIndexLucene;
import org.apache.jena.query.text.TextQueryFuncs;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;

/**
 * Rebuilds the Lucene text index from the store: every literal of an indexed property in the union of the named
 * graphs, once. The old documents are deleted and the new ones added in one Lucene commit, so a failure leaves
 * the previous index in place. (Loading writes to TDB2 directly, bypassing the index; this runs after it.)
 */
public final class TextIndexer {

    /** Re-indexes the store behind {@code dataset}; returns the number of documents written. */
    public long reindex(DatasetGraphText dataset) {
        Objects.requireNonNull(dataset, "dataset");
        TextIndex index = dataset.getTextIndex();
        if (!(index instanceof TextIndexLucene lucene)) {
            throw new IllegalStateException("the text index is not a Lucene index: " + index);
        }
        DatasetGraph base = dataset.getBase();
        EntityDefinition definition = lucene.getDocDef();
        try {
            lucene.getIndexWriter().deleteAll();
            long count = Txn.calculateRead(base, () -> addAll(lucene, definition, base));
            lucene.commit();
            return count;
        } catch (IOException e) {
            lucene.rollback();
            throw new UncheckedIOException("cannot write the text index", e);
        } catch (RuntimeException e) {
            lucene.rollback();
            throw e;
        }
    }

    /**
     * Every (subject, predicate, literal) of an indexed predicate in the named graphs, once. The quads come from
     * TDB2's POSG index (the predicate is the only term given), where the copies of a triple in several graphs lie
     * next to each other, so dropping a quad equal in subject and object to the one before gives each triple once
     * without holding the triples seen (the union graph's {@code find} keeps them all in a set to do the same: 400
     * MiB of heap at 100,000 articles).
     */
    private static long addAll(TextIndexLucene index, EntityDefinition definition, DatasetGraph base) {
        long count = 0;
        // fields() lists a field once per predicate mapped to it: each field once, or literals go in twice
        for (String field : new LinkedHashSet<>(definition.fields())) {
            for (Node predicate : definition.getPredicates(field)) {
                Iterator<Quad> quads = base.findNG(Node.ANY, Node.ANY, predicate, Node.ANY);
                try {
                    Node subject = null;
                    Node object = null;
                    while (quads.hasNext()) {
                        Quad q = quads.next();
                        if (q.getSubject().equals(subject) && q.getObject().equals(object)) {
                            continue;
                        }
                        subject = q.getSubject();
                        object = q.getObject();
                        Entity entity = TextQueryFuncs.entityFromQuad(definition, Quad.defaultGraphNodeGenerated,
                                subject, q.getPredicate(), object);
                        if (entity != null) {
                            index.addEntity(entity);
                            count++;
                        }
                    }
                } finally {
                    Iter.close(quads);
                }
            }
        }
        return count;
    }
}
