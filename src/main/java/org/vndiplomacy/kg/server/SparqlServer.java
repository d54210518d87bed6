package org.vndiplomacy.kg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.atlas.web.AuthScheme;
import org.apache.jena.fuseki.Fuseki;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.main.sys.FusekiModules;
import org.apache.jena.fuseki.mgt.FusekiServerCtl;
import org.apache.jena.fuseki.mod.admin.ActionServerStatus;
import org.apache.jena.fuseki.mod.ui.FMod_UI;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.riot.WebContent;
import org.eclipse.jetty.ee10.servlet.DefaultServlet;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.util.security.Credential;
import org.vndiplomacy.kg.store.StoreConfig;
import org.vndiplomacy.kg.validate.InvalidInputException;
import org.vndiplomacy.kg.validate.Problem;
import org.vndiplomacy.kg.vocab.VND;

/**
 * The SPARQL server: Fuseki main with the services of the configuration file ({@code /kg/sparql}, {@code /kg/get},
 * {@code /kg/update}), CORS for browser clients elsewhere, and the Fuseki query UI at {@code /}. The UI is
 * read-only: the admin module (dataset creation and deletion, backups) is not installed, only the server
 * description the UI reads ({@code /$/server}), {@code /$/ping} and {@code /$/stats}. Updates need the user
 * {@value #ADMIN_USER} and its password (HTTP basic auth); without a password every update is refused.
 */
public final class SparqlServer {

    /** The only user allowed to update (named in {@code fuseki-config/config.ttl}). */
    public static final String ADMIN_USER = "admin";

    private SparqlServer() {
    }

    /** How to run the server. */
    public record Settings(int port, Optional<String> adminPassword, String idBase, boolean localhostOnly) {

        public Settings {
            Objects.requireNonNull(adminPassword, "adminPassword");
            Objects.requireNonNull(idBase, "idBase");
        }

        /** On a port, for everyone's network, with the graph's own IRI base. */
        public static Settings of(int port, Optional<String> adminPassword) {
            return new Settings(port, adminPassword, VND.ID_BASE, false);
        }
    }

    /** Builds (does not start) the server; see {@link #create(StoreConfig, Settings)}. */
    public static FusekiServer create(StoreConfig config, int port, Optional<String> adminPassword)
            throws IOException, InvalidInputException {
        return create(config, Settings.of(port, adminPassword));
    }

    /**
     * Builds (does not start) the server. The configuration is checked first: a writing endpoint without
     * {@code fuseki:allowedUsers}, or a timeout that is not a number, stops it. The resources of
     * {@code settings.idBase()} are served at {@code /id/...}; without a password every update is refused.
     */
    public static FusekiServer create(StoreConfig config, Settings settings)
            throws IOException, InvalidInputException {
        check(config);
        StoreAccess store = new StoreAccess();
        LinkMapper links = new LinkMapper(settings.idBase());
        Path cors = config.file().toAbsolutePath().resolveSibling("cors.properties");
        ServerLimits limits = ServerLimits.of(config);
        FusekiServer.Builder builder = FusekiServer.create()
                .registerOperation(Operation.Query, WebContent.contentTypeSPARQLQuery,
                        new LimitedQueryService(limits.results()))
                .port(settings.port())
                .loopback(settings.localhostOnly())
                .fusekiModules(FusekiModules.create(new FMod_UI()))
                .addServletAttribute(Fuseki.attrFusekiServerCtl, new FusekiServerCtl(null))
                .addServlet("/$/server", new ActionServerStatus())
                .parseConfig(config.model())
                // after parseConfig, which sets these from the file (off when it does not say)
                .enablePing(true)
                .enableStats(true)
                .enableCors(true, Files.isRegularFile(cors) ? cors.toString() : null);
        builder.addServlet("/id/*", new ResourceServlet(store, links))
                .addServlet("/assets/*", new AssetServlet())
                .addServlet("/search", new SearchServlet(store, links))
                .addServlet("/about", new LandingServlet(store, Path.of("queries")))
                .addServlet("/.well-known/void", new VoidServlet(store, config.layout().dumps(), links))
                .addServlet("/dumps/*", new DumpServlet(config.layout().dumps()))
                .addServlet("/ontology", new OntologyServlet(store))
                .addServlet("/viz/*", new VizServlet(store, links));
        for (RdfFormat format : RdfFormat.values()) {
            builder.addServlet("/ontology." + format.suffix, new OntologyServlet(store));
        }
        if (settings.adminPassword().isPresent()) {
            builder.passwordFile(passwordFile(settings.adminPassword().get()).toString()).auth(AuthScheme.BASIC);
        }
        FusekiServer server = builder.build();
        guard(server, limits);
        return server;
    }

    /**
     * Puts the checks in front of Fuseki (the security headers of every response, the request's path and method,
     * the size of its body) and turns off the directory listings of the query UI's files.
     */
    private static void guard(FusekiServer server, ServerLimits limits) {
        Server jetty = server.getJettyServer();
        ServletContextHandler fuseki = (ServletContextHandler) jetty.getHandler();
        for (ServletHolder holder : fuseki.getServletHandler().getServlets()) {
            if (holder.getHeldClass() != null && DefaultServlet.class.isAssignableFrom(holder.getHeldClass())) {
                holder.setInitParameter("dirAllowed", "false");
            }
        }
        // the dataset's own path, with and without a slash: the query UI sends to "/kg/" + the first query endpoint
        // that /$/server lists, and that is the unnamed one ("") in some starts of the server
        Set<String> endpoints = new TreeSet<>();
        for (DataAccessPoint point : server.getDataAccessPointRegistry().accessPoints()) {
            endpoints.add(point.getName());
            endpoints.add(point.getName() + "/");
            point.getDataService().getEndpoints().forEach(ep -> endpoints.add(ep.isUnnamed() ? point.getName()
                    : point.getName() + "/" + ep.getName()));
        }
        SecurityHeadersHandler.ErrorPages errors = new SecurityHeadersHandler.ErrorPages();
        jetty.setErrorHandler(errors);
        fuseki.setErrorHandler(errors);
        jetty.setHandler(new SecurityHeadersHandler(new RequestCheckHandler(new BodyLimitHandler(fuseki, limits,
                Set.of(StoreAccess.SERVICE + "/update")), endpoints)));
    }

    /**
     * Stops a server and closes its datasets, which releases the store and its text index for the next user in
     * this JVM (stopping alone leaves the Lucene index locked).
     */
    public static void stop(FusekiServer server) {
        var points = server.getDataAccessPointRegistry().accessPoints();
        server.stop();
        points.forEach(point -> point.getDataService().shutdown());
    }

    /** Checks the configuration as {@link #create(StoreConfig, Settings)} does, without opening anything. */
    public static void check(StoreConfig config) throws InvalidInputException {
        Objects.requireNonNull(config, "config");
        List<Problem> problems = ServerConfigCheck.check(config.model(), config.file());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * A Jetty password file holding only the MD5 digest of the password, in a temporary file deleted at exit.
     * (A digest also keeps characters such as the comma, which the file format reserves, out of the file.)
     */
    private static Path passwordFile(String password) throws IOException {
        if (password.isBlank()) {
            throw new IllegalArgumentException("the admin password is empty");
        }
        Path file = Files.createTempFile("vnkg-passwd-", ".properties");
        file.toFile().deleteOnExit();
        Files.writeString(file, ADMIN_USER + ": " + Credential.MD5.digest(password) + "\n", StandardCharsets.UTF_8);
        return file;
    }
}
