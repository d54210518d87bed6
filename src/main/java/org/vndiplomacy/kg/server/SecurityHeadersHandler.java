package org.vndiplomacy.kg.server;

import org.apache.jena.fuseki.main.sys.FusekiErrorHandler;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Puts the security headers of {@link HttpLib#SECURITY_HEADERS} on every response of the server, whoever makes it:
 * the pages, Fuseki's endpoints and query UI, the checks in front, and (with {@link ErrorPages}) the errors Jetty
 * answers before any handler runs, such as a URI it finds ambiguous. The query UI's page gets its own policy,
 * {@link HttpLib#UI_POLICY}.
 */
final class SecurityHeadersHandler extends Handler.Wrapper {

    private static final String POLICY = "Content-Security-Policy";

    SecurityHeadersHandler(Handler handler) {
        super(handler);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        put(response.getHeaders());
        String path = Request.getPathInContext(request);
        if (path.equals("/") || path.equals("/index.html")) {
            response.getHeaders().put(POLICY, HttpLib.UI_POLICY);
        }
        return super.handle(request, response, callback);
    }

    private static void put(HttpFields.Mutable headers) {
        HttpLib.SECURITY_HEADERS.forEach(headers::put);
    }

    /** Fuseki's error pages (plain text for JSON clients), with the security headers. */
    static final class ErrorPages extends FusekiErrorHandler {

        @Override
        public boolean handle(Request request, Response response, Callback callback) throws Exception {
            put(response.getHeaders());
            return super.handle(request, response, callback);
        }
    }
}
