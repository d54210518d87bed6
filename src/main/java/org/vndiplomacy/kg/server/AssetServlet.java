package org.vndiplomacy.kg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.regex.Pattern;

/** {@code /assets/{name}}: the pages' style sheets and scripts, from {@code assets/} on the class path. */
final class AssetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern NAME = Pattern.compile("/[a-z0-9][a-z0-9-]*\\.(css|js)");
    private static final Map<String, String> TYPES = Map.of("css", "text/css", "js", "text/javascript");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo();
        if (name == null || !NAME.matcher(name).matches()) {
            HttpLib.error(response, HttpServletResponse.SC_NOT_FOUND, "no such asset");
            return;
        }
        try (InputStream in = AssetServlet.class.getResourceAsStream("/assets" + name)) {
            if (in == null) {
                HttpLib.error(response, HttpServletResponse.SC_NOT_FOUND, "no such asset");
                return;
            }
            HttpLib.securityHeaders(response);
            response.setContentType(TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "public, max-age=3600");
            in.transferTo(response.getOutputStream());
        }
    }
}
