package org.vndiplomacy.kg.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Rows of SPARQL JSON results, counted as a stream. */
class SparqlClientTest {

    private static long rows(String json) throws IOException {
        return SparqlClient.countRows(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void countRows_select_theBindings() throws IOException {
        assertEquals(2, rows("""
                { "head": { "vars": ["s", "bindings"] },
                  "results": { "bindings": [
                    { "s": { "type": "uri", "value": "urn:a" }, "bindings": { "type": "literal", "value": "x" } },
                    { "s": { "type": "literal", "value": "{ \\"bindings\\": [] }" } } ] } }
                """));
    }

    @Test
    void countRows_emptyAnswer_zero() throws IOException {
        assertEquals(0, rows("{ \"head\": { \"vars\": [\"s\"] }, \"results\": { \"bindings\": [] } }"));
    }

    @Test
    void countRows_ask_one() throws IOException {
        assertEquals(1, rows("{ \"head\": {}, \"boolean\": false }"));
    }

    @Test
    void firstLine_errorPage_theFirstLineWithText() {
        assertEquals("Virtuoso 37000 Error SQ074: Line 20: syntax error", SparqlClient.firstLine(
                "\n\nVirtuoso 37000 Error SQ074: Line 20: syntax error\n\nSPARQL query:\n..."));
        assertEquals("Query timed out", SparqlClient.firstLine("<html><body>\n<h1></h1>\n<p>Query timed out</p>"));
        assertEquals("x".repeat(160) + "…", SparqlClient.firstLine("x".repeat(200)));
    }
}
