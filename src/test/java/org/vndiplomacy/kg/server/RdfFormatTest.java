package org.vndiplomacy.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.vndiplomacy.kg.server.RdfFormat.HTML;
import static org.vndiplomacy.kg.server.RdfFormat.JSONLD;
import static org.vndiplomacy.kg.server.RdfFormat.NTRIPLES;
import static org.vndiplomacy.kg.server.RdfFormat.RDFXML;
import static org.vndiplomacy.kg.server.RdfFormat.TURTLE;

import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.riot.WebContent;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Content negotiation of the resource and ontology pages, on the {@code Accept} headers real clients send. */
class RdfFormatTest {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    static Stream<Arguments> headers() {
        return Stream.of(
                Arguments.of("no header", null, HTML),
                Arguments.of("curl", "*/*", HTML),
                Arguments.of("Firefox", BROWSER, HTML),
                Arguments.of("Chromium", "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
                        + "image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7", HTML),
                Arguments.of("two types, equal q", "text/turtle, application/n-triples", TURTLE),
                Arguments.of("two types, equal q, reversed", "application/n-triples, text/turtle", TURTLE),
                Arguments.of("JSON-LD preferred", "application/ld+json, text/turtle;q=0.5", JSONLD),
                Arguments.of("rapper-like", "text/turtle,application/rdf+xml;q=0.9,*/*;q=0.1", TURTLE),
                Arguments.of("rapper-like, RDF/XML first", "application/rdf+xml, text/turtle;q=0.8, */*;q=0.1",
                        RDFXML),
                Arguments.of("N-Triples over a wildcard", "*/*;q=0.5, application/n-triples", NTRIPLES),
                Arguments.of("a named type beats */* at equal q", "text/turtle, */*", TURTLE),
                Arguments.of("text wildcard", "text/*", HTML),
                Arguments.of("application wildcard", "application/*", JSONLD),
                Arguments.of("case and spaces", "Text/Turtle ; Q=0.4 ,  application/RDF+XML ; q=0.6", RDFXML),
                Arguments.of("HTML excluded", "text/html;q=0, */*", TURTLE),
                Arguments.of("the q=0 ranges win over */*", "*/*, text/html;q=0, text/turtle;q=0", JSONLD),
                Arguments.of("Turtle excluded, N-Triples low", "text/turtle;q=0, application/n-triples;q=0.2",
                        NTRIPLES),
                Arguments.of("Turtle excluded", "text/turtle;q=0", null),
                Arguments.of("everything excluded", "*/*;q=0", null),
                Arguments.of("nothing offered", "application/json, image/png", null));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("headers")
    void accepted_realClientHeaders_chooseTheBestOfferedFormat(String client, String accept, RdfFormat expected) {
        assertEquals(Optional.ofNullable(expected), RdfFormat.accepted(accept), client + ": " + accept);
    }

    @ParameterizedTest(name = "riot''s {0}")
    @CsvSource({"defaultGraphAcceptHeader, TURTLE", "defaultRDFAcceptHeader, TURTLE",
        "defaultDatasetAcceptHeader, JSONLD"})
    void accepted_jenaClientDefaults_chooseTheirFirstChoice(String name, RdfFormat expected) throws Exception {
        String header = (String) WebContent.class.getField(name).get(null);
        assertEquals(Optional.of(expected), RdfFormat.accepted(header), header);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            text/turtle;q=0
            application/json""")
    void notAcceptable_saysWhatWasAskedAndWhatIsOffered(String accept) {
        assertEquals("none of the formats offered is acceptable to \"Accept: " + accept + "\"; offered: text/html, "
                + "text/turtle, application/ld+json, application/n-triples, application/rdf+xml "
                + "(or a suffix: .html, .ttl, .jsonld, .nt, .rdf)", RdfFormat.notAcceptable(accept));
    }
}
