package org.vndiplomacy.kg.server;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.servlets.HttpAction;
import org.apache.jena.fuseki.servlets.SPARQL_QueryDataset;
import org.apache.jena.fuseki.servlets.ServletOps;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.QueryExecResult;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.sparql.exec.RowSetStream;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.web.HttpSC;

/**
 * Fuseki's SPARQL query operation with a limit on the size of an answer, and no answer cut short: every answer is
 * computed whole before its first byte is sent, so that an answer over the limit gets HTTP 400 with a message and
 * a query that times out gets Fuseki's 503, never a 200 with part of the rows. (Fuseki itself streams SELECT
 * results, and a timeout after the first rows ends them with a comment under a 200; it has no size limit.)
 * <p>
 * The limit counts rows for SELECT (and JSON) queries, distinct triples or quads for CONSTRUCT and DESCRIBE. It is
 * {@value ServerLimits#RESULT_LIMIT} of the request's context (the server's or the endpoint's {@code ja:context}),
 * else the one given here. A SELECT without a LIMIT, or with a larger one, runs with LIMIT limit + 1, which also
 * bounds the work of the engine (ORDER BY keeps only the top rows).
 */
final class LimitedQueryService extends SPARQL_QueryDataset {

    /** Where Jena 5.6.0's hash join fails when it is closed before it was read. */
    private static final String HASH_JOIN = "org.apache.jena.sparql.engine.join.AbstractIterHashJoin";

    private final long defaultLimit;

    LimitedQueryService(long defaultLimit) {
        if (defaultLimit < 1) {
            throw new IllegalArgumentException("the result limit must be positive: " + defaultLimit);
        }
        this.defaultLimit = defaultLimit;
    }

    long limit(HttpAction action) {
        return ServerLimits.parse(action.getContext().getAsString(ServerLimits.RESULT_LIMIT_SYMBOL))
                .orElse(defaultLimit);
    }

    @Override
    protected QueryExec createQueryExec(HttpAction action, Query query, DatasetGraph dataset) {
        long limit = limit(action);
        Query run = query;
        if (query.isSelectType() && (!query.hasLimit() || query.getLimit() > limit)) {
            run = query.cloneQuery();
            run.setLimit(limit + 1);
        }
        return super.createQueryExec(action, run, dataset);
    }

    @Override
    protected QueryExecResult executeQuery(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        try {
            return answer(action, exec, query, queryStringLog);
        } catch (NullPointerException e) {
            if (cancelled(exec) && fromHashJoinClose(e)) {
                // Jena 5.6.0 (apache/jena#3516, fixed after 5.6.0): a hash join that is closed before it has built
                // its table throws this from its close, in place of the QueryCancelledException that closed it;
                // Fuseki would answer 500 with the NPE's message where a timeout gets 503
                action.log.info(String.format(Locale.ROOT, "[%d] timed out (Jena's hash join failed to close: %s)",
                        action.id, e.getMessage()));
                QueryCancelledException cancelled = new QueryCancelledException();
                cancelled.addSuppressed(e);
                throw cancelled;
            }
            throw e;
        }
    }

    private static boolean fromHashJoinClose(NullPointerException e) {
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().equals(HASH_JOIN) && frame.getMethodName().equals("closeSubIterator")) {
                return true;
            }
        }
        return false;
    }

    private static boolean cancelled(QueryExec exec) {
        AtomicBoolean signal = Context.getCancelSignal(exec.getContext());
        return signal != null && signal.get();
    }

    private QueryExecResult answer(HttpAction action, QueryExec exec, Query query, String queryStringLog) {
        long limit = limit(action);
        if (query.isSelectType()) {
            RowSet rows = exec.select();
            List<Binding> kept = take(rows, limit, action, "rows");
            return new QueryExecResult(RowSetStream.create(rows.getResultVars(), kept.iterator()));
        }
        if (query.isJsonType()) {
            return new QueryExecResult(take(exec.execJsonItems(), limit, action, "items").iterator());
        }
        if (query.isConstructType()) {
            return new QueryExecResult(construct(exec, limit, action));
        }
        if (query.isDescribeType()) {
            Graph graph = exec.describe();
            if (graph.size() > limit) {
                refuse(action, limit, "triples");
            }
            return new QueryExecResult(graph);
        }
        return super.executeQuery(action, exec, query, queryStringLog);
    }

    private static <T> List<T> take(Iterator<T> results, long limit, HttpAction action, String unit) {
        List<T> kept = new ArrayList<>();
        while (results.hasNext()) {
            if (kept.size() == limit) {
                refuse(action, limit, unit);
            }
            kept.add(results.next());
        }
        return kept;
    }

    /** The CONSTRUCT answer, as Fuseki makes it (a dataset with the data's and the query's prefixes). */
    private static DatasetGraph construct(QueryExec exec, long limit, HttpAction action) {
        DatasetGraph result = DatasetGraphFactory.create();
        long size = 0;
        Iterator<Quad> quads = exec.constructQuads();
        while (quads.hasNext()) {
            Quad quad = quads.next();
            if (!result.contains(quad)) {
                if (size == limit) {
                    refuse(action, limit, "triples");
                }
                result.add(quad);
                size++;
            }
        }
        PrefixMap prefixes = result.prefixes();
        prefixes.putAll(exec.getDataset().prefixes());
        exec.getQuery().getPrefixMapping().getNsPrefixMap().forEach(prefixes::add);
        return result;
    }

    private static void refuse(HttpAction action, long limit, String unit) {
        String message = String.format(Locale.ROOT, "Result too large: the answer has more than %,d %s, the most "
                + "this endpoint sends (%s). Ask for less, or page through it with LIMIT and OFFSET; the whole "
                + "graph is in the dumps (/dumps/).", limit, unit, ServerLimits.RESULT_LIMIT);
        action.log.info(String.format(Locale.ROOT, "[%d] %s", action.id, message));
        ServletOps.error(HttpSC.BAD_REQUEST_400, message);
    }
}
