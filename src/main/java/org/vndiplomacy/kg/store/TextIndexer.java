package org.vndiplomacy.kg.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Objects;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.atlas.lib.tuple.Tuple;
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
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

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
     * Every (subject, predicate, literal) of an indexed predicate in the named graphs, once. The rows come from
     * TDB2's POSG index (the predicate is the only term given), where the copies of a triple in several graphs lie
     * next to each other, so dropping a row equal in subject and object to the one before gives each triple once
     * without holding the triples seen (the union graph's {@code find} keeps them all in a set to do the same: 400
     * MiB of heap at 100,000 articles). The rows are read as node ids and turned into nodes by the node table under
     * TDB2's cache: a million labels would otherwise fill that cache of a million nodes (250 MiB at 100,000
     * articles), which a build does not read again.
     */
    private static long addAll(TextIndexLucene index, EntityDefinition definition, DatasetGraph base) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(base);
        if (tdb == null) {
            throw new IllegalStateException("the text index is rebuilt from a TDB2 store; this one is " + base);
        }
        NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
        NodeTable nodes = quads.getNodeTable();
        NodeTable uncached = nodes.baseNodeTable();
        long count = 0;
        // fields() lists a field once per predicate mapped to it: each field once, or literals go in twice
        for (String field : new LinkedHashSet<>(definition.fields())) {
            for (Node predicate : definition.getPredicates(field)) {
                NodeId id = nodes.getNodeIdForNode(predicate);
                if (NodeId.isDoesNotExist(id)) {
                    continue;
                }
                Iterator<Tuple<NodeId>> rows = quads.find(NodeId.NodeIdAny, NodeId.NodeIdAny, id, NodeId.NodeIdAny);
                try {
                    count += addRows(index, definition, predicate, rows, uncached);
                } finally {
                    Iter.close(rows);
                }
            }
        }
        return count;
    }

    /** Adds the rows (graph, subject, predicate, object, in that order) of one predicate, each triple once. */
    private static long addRows(TextIndexLucene index, EntityDefinition definition, Node predicate,
            Iterator<Tuple<NodeId>> rows, NodeTable nodes) {
        long count = 0;
        NodeId subject = null;
        NodeId object = null;
        while (rows.hasNext()) {
            Tuple<NodeId> row = rows.next();
            if (row.get(1).equals(subject) && row.get(3).equals(object)) {
                continue;
            }
            subject = row.get(1);
            object = row.get(3);
            Entity entity = TextQueryFuncs.entityFromQuad(definition, Quad.defaultGraphNodeGenerated,
                    node(nodes, subject), predicate, node(nodes, object));
            if (entity != null) {
                index.addEntity(entity);
                count++;
            }
        }
        return count;
    }

    private static Node node(NodeTable nodes, NodeId id) {
        return NodeId.isInline(id) ? NodeId.extract(id) : nodes.getNodeForNodeId(id);
    }
}
