package org.vndiplomacy.kg.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Requests counted by kind; errors kept word for word; the server's time limit counted apart. */
class LoadRecorderTest {

    private static LoadMix.Request request(String kind) {
        return new LoadMix.Request(kind, "GET /" + kind, () -> null);
    }

    private static SparqlClient.Answer ok(long nanos) {
        return new SparqlClient.Answer(200, 1, nanos, null);
    }

    @Test
    void record_answersAndFailures_countedByKind() {
        LoadRecorder recorder = new LoadRecorder(List.of("sparql 01", "landing"), System.nanoTime());
        recorder.record(request("sparql 01"), ok(5));
        recorder.record(request("sparql 01"), new SparqlClient.Answer(503, 0, 7, "HTTP 503 Query timed out"));
        recorder.record(request("landing"), ok(3));
        recorder.record(request("landing"), new SparqlClient.Answer(500, 0, 4, "HTTP 500 Server Error"));
        recorder.record(request("landing"), new SparqlClient.Answer(503, 0, 2, "HTTP 503 Query timed out"));

        assertEquals(5, recorder.requests());
        assertArrayEquals(new long[] {5, 7}, recorder.latencies("sparql 01"));
        assertArrayEquals(new long[] {5, 7, 3, 4, 2}, recorder.latencies());
        assertEquals(1, recorder.timeouts("sparql 01"));
        assertEquals(0, recorder.errors("sparql 01"));
        // a page is not a query the time limit stops: a 503 there is an error
        assertEquals(2, recorder.errors("landing"));
        assertEquals(0, recorder.timeouts("landing"));
        assertEquals(List.of("GET /landing: HTTP 500 Server Error", "GET /landing: HTTP 503 Query timed out"),
                recorder.failures().stream().map(f -> f.target() + ": " + f.failure()).toList());
    }

    @Test
    void unanswered_aKindStoppedByTheTimeLimitEveryTime_listed() {
        LoadRecorder recorder = new LoadRecorder(List.of("sparql 01", "sparql 09", "landing"), System.nanoTime());
        recorder.record(request("sparql 01"), ok(5));
        for (int i = 0; i < 81; i++) {
            recorder.record(request("sparql 09"), new SparqlClient.Answer(503, 0, 7, "HTTP 503 Query timed out"));
        }
        recorder.record(request("landing"), new SparqlClient.Answer(500, 0, 4, "HTTP 500 Server Error"));
        assertEquals(0, recorder.errors("sparql 09"));
        assertEquals(0, recorder.answered("sparql 09"));
        assertEquals(1, recorder.answered("sparql 01"));
        assertEquals(List.of("sparql 09", "landing"), recorder.unanswered());
    }

    @Test
    void record_otherFailuresOfAQuery_errors() {
        LoadRecorder recorder = new LoadRecorder(List.of("sparql 09"), System.nanoTime());
        recorder.record(request("sparql 09"), new SparqlClient.Answer(0, 0, 1, "no answer within 40 s"));
        recorder.record(request("sparql 09"), new SparqlClient.Answer(503, 0, 1, "HTTP 503 Service Unavailable"));
        recorder.record(request("sparql 09"), new SparqlClient.Answer(400, 0, 1, "HTTP 400 Result too large"));
        assertEquals(3, recorder.errors());
        assertEquals(0, recorder.timeouts());
    }

    @Test
    void record_manyFailures_theFirstTenKept() {
        LoadRecorder recorder = new LoadRecorder(List.of("search"), System.nanoTime());
        for (int i = 0; i < 25; i++) {
            recorder.record(new LoadMix.Request("search", "GET /search?q=" + i, () -> null),
                    new SparqlClient.Answer(500, 0, 1, "HTTP 500"));
        }
        assertEquals(25, recorder.errors());
        assertEquals(LoadRecorder.KEPT, recorder.failures().size());
        assertEquals("GET /search?q=9", recorder.failures().get(9).target());
        assertEquals(25, recorder.latencies("search").length);
    }

    @Test
    void record_unknownKind_refused() {
        LoadRecorder recorder = new LoadRecorder(List.of("search"), System.nanoTime());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> recorder.record(request("landing"), ok(1)));
        assertEquals("unknown kind of request: landing", e.getMessage());
    }
}
