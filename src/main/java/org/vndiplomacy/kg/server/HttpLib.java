package org.vndiplomacy.kg.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Writing responses: HTML pages with their security headers, and plain-text errors. */
final class HttpLib {

    private HttpLib() {
    }

    /** A page: UTF-8 HTML that may load only this server's own styles, and no scripts but this server's. */
    static void html(HttpServletResponse response, String page) throws IOException {
        securityHeaders(response);
        response.setContentType("text/html");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(bytes.length);
        response.getOutputStream().write(bytes);
    }

    /** An error as one line of plain text. */
    static void error(HttpServletResponse response, int status, String message) throws IOException {
        securityHeaders(response);
        response.setStatus(status);
        response.setContentType("text/plain");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getOutputStream().write((message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The headers of every response: no type sniffing; content from this server only, no inline script or style,
     * no framing by other sites; the referrer only to this server.
     */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "Content-Security-Policy", "default-src 'self'; img-src 'self' data:; style-src 'self'; "
                    + "script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
            "Referrer-Policy", "same-origin");

    /**
     * The policy of the query UI's page ({@code /}): Fuseki's UI sets styles inline, which is allowed there; scripts
     * are still only its own files, and nothing is fetched from elsewhere (it asks prefix.cc for prefixes, offline).
     */
    static final String UI_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    static void securityHeaders(HttpServletResponse response) {
        SECURITY_HEADERS.forEach(response::setHeader);
    }
}
