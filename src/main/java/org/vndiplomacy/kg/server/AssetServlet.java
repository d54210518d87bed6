package org.vndiplomacy.kg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * {@code /assets/{name}}: the pages' style sheets and scripts, from {@code assets/} on the class path, and
 * {@code /assets/lib/...}: JavaScript libraries from their WebJars.
 */
final class AssetServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Pattern NAME = Pattern.compile("/[a-z0-9][a-z0-9-]*\\.(css|js)");
    private static final Map<String, String> TYPES = Map.of("css", "text/css", "js", "text/javascript");

    /** JavaScript libraries from WebJars on the class path, served by this server (no CDN). */
    private static final Map<String, String> LIBRARIES = Map.of(
            "/lib/cytoscape.min.js", webjar("org.webjars.npm", "cytoscape", "dist/cytoscape.min.js"));

    private static String webjar(String group, String artifact, String file) {
        Properties pom = new Properties();
        try (InputStream in = AssetServlet.class.getResourceAsStream(
                "/META-INF/maven/" + group + "/" + artifact + "/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the WebJar " + artifact + " is not on the class path");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return "/META-INF/resources/webjars/" + artifact + "/" + pom.getProperty("version") + "/" + file;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo();
        if (name != null && LIBRARIES.containsKey(name)) {
            send(response, LIBRARIES.get(name), "js");
            return;
        }
        if (name == null || !NAME.matcher(name).matches()) {
            HttpLib.error(response, HttpServletResponse.SC_NOT_FOUND, "no such asset");
            return;
        }
        send(response, "/assets" + name, name.substring(name.lastIndexOf('.') + 1));
    }

    private static void send(HttpServletResponse response, String resource, String type) throws IOException {
        try (InputStream in = AssetServlet.class.getResourceAsStream(resource)) {
            if (in == null) {
                HttpLib.error(response, HttpServletResponse.SC_NOT_FOUND, "no such asset");
                return;
            }
            HttpLib.securityHeaders(response);
            response.setContentType(TYPES.get(type));
            response.setCharacterEncoding("UTF-8");
            response.setHeader("Cache-Control", "public, max-age=3600");
            in.transferTo(response.getOutputStream());
        }
    }
}
