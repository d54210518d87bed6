package org.vndiplomacy.kg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.vndiplomacy.kg.store.DumpWriter;

/**
 * {@code /dumps/{file}}: the dumps of the store as {@code build} or {@code dump} wrote them, only the files their
 * manifest names (nothing else of the folder is reachable), with their checksum in the {@code Digest} header.
 */
final class DumpServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient Path folder;

    DumpServlet(Path folder) {
        this.folder = folder;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<DumpWriter.Dumps> dumps = DumpWriter.read(folder);
        Optional<DumpWriter.Dump> dump = dumps.flatMap(d -> d.files().stream()
                .filter(f -> f.file().equals(name)).findFirst());
        if (dump.isEmpty()) {
            HttpLib.error(response, HttpServletResponse.SC_NOT_FOUND, "no dump " + name);
            return;
        }
        Path file = folder.resolve(dump.get().file());
        HttpLib.securityHeaders(response);
        response.setContentType("application/gzip");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + dump.get().file() + "\"");
        response.setHeader("X-Checksum-SHA256", dump.get().sha256());
        response.setHeader("X-Dataset-Version", dumps.get().version());
        response.setContentLengthLong(Files.size(file));
        Files.copy(file, response.getOutputStream());
    }
}
