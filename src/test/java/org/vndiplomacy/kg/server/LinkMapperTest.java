package org.vndiplomacy.kg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** The mapping between resource IRIs and this server's {@code /id/} pages, for the default and another base. */
class LinkMapperTest {

    @Test
    void href_resourceOfTheBase_isItsPageOtherwiseTheIri() {
        LinkMapper links = new LinkMapper("https://w3id.org/vn-diplomacy/id/");
        assertEquals("/id/country/us", links.href("https://w3id.org/vn-diplomacy/id/country/us"));
        assertEquals("http://www.wikidata.org/entity/Q30", links.href("http://www.wikidata.org/entity/Q30"));
        assertEquals("https://w3id.org/vn-diplomacy/id/country/us", links.iri("country/us"));
    }

    @Test
    void href_iriOfAnotherScheme_linksNowhere() {
        LinkMapper links = new LinkMapper("https://w3id.org/vn-diplomacy/id/");
        for (String iri : new String[] {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,<b>x</b>",
                "vbscript:x", "file:///etc/passwd", "urn:isbn:0451450523"}) {
            assertEquals("#", links.href(iri), iri);
        }
        assertEquals("HTTPS://example.org/x", links.href("HTTPS://example.org/x"));
    }

    @Test
    void otherBase_mapsItsOwnIris() {
        LinkMapper links = new LinkMapper("http://kg.example.org/resource/");
        assertEquals("/id/official/x", links.href("http://kg.example.org/resource/official/x"));
        assertEquals("http://kg.example.org/resource/official/x", links.iri("official/x"));
        assertEquals("https://w3id.org/vn-diplomacy/id/country/us",
                links.href("https://w3id.org/vn-diplomacy/id/country/us"));
    }

    @Test
    void base_withoutSlash_isRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LinkMapper("https://w3id.org/vn-diplomacy/id"));
        assertEquals("the IRI base must end with '/': https://w3id.org/vn-diplomacy/id", e.getMessage());
    }
}
