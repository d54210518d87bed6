package org.vndiplomacy.kg.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.riot.RiotParseException;
import org.apache.jena.vocabulary.RDF;
import org.vndiplomacy.kg.validate.InvalidInputException;
import org.vndiplomacy.kg.validate.Problem;

/**
 * The Fuseki assembler file ({@code fuseki-config/config.ttl}) pointed at one store: the TDB2 location and the
 * text index directory are replaced by the folders of a {@link StoreLayout}, and the query timeout may be
 * overridden. The same description assembles the dataset for {@code build} and {@code query} and configures the
 * server for {@code serve}.
 */
public final class StoreConfig {

    static final String TDB2 = "http://jena.apache.org/2016/tdb#";
    static final String TEXT = "http://jena.apache.org/text#";
    static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";
    static final String FUSEKI = "http://jena.apache.org/fuseki#";

    private static final Pattern AT = Pattern.compile("\\[line: (\\d+), col: (\\d+)\\s*\\]");

    private final Model model;
    private final StoreLayout layout;
    private final Path file;

    private StoreConfig(Model model, StoreLayout layout, Path file) {
        this.model = model;
        this.layout = layout;
        this.file = file;
    }

    /** Reads the configuration file and points it at the store. */
    public static StoreConfig read(Path file, StoreLayout layout) throws IOException, InvalidInputException {
        Objects.requireNonNull(layout, "layout");
        if (!Files.isRegularFile(file)) {
            throw new NoSuchFileException(file.toString(), null, "the Fuseki configuration is missing");
        }
        Model model = ModelFactory.createDefaultModel();
        try {
            RDFParser.source(file).lang(Lang.TURTLE).parse(model);
        } catch (RiotParseException e) {
            throw new InvalidInputException(List.of(new Problem(file.toString(), e.getLine() + ":" + e.getCol(),
                    "not valid Turtle: " + e.getOriginalMessage())));
        } catch (RiotException e) {
            Matcher at = AT.matcher(String.valueOf(e.getMessage()));
            String place = at.find() ? at.group(1) + ":" + at.group(2) : "";
            throw new InvalidInputException(List.of(new Problem(file.toString(), place,
                    "not valid Turtle: " + at.replaceAll("").strip())));
        }
        StoreConfig config = new StoreConfig(model, layout, file);
        for (String type : List.of("Server", "Service")) {
            config.only(FUSEKI, type, file);
        }
        config.only(TEXT, "TextDataset", file);
        config.replaceOne(TDB2, "DatasetTDB2", TDB2 + "location", layout.database().toString(), file);
        config.replaceOne(TEXT, "TextIndexLucene", TEXT + "directory", layout.textIndex().toString(), file);
        return config;
    }

    /** Sets the server-wide query timeout. */
    public StoreConfig queryTimeout(Duration timeout) {
        return serverSetting("arq:queryTimeout", Long.toString(timeout.toMillis()));
    }

    /**
     * The server-wide query timeout ({@code arq:queryTimeout}, in milliseconds; of "first,overall" the overall one),
     * or empty when the configuration sets none.
     */
    public Optional<Duration> queryTimeout() throws InvalidInputException {
        Optional<String> setting = serverSetting("arq:queryTimeout");
        if (setting.isEmpty()) {
            return Optional.empty();
        }
        String text = setting.get();
        if (!text.matches("([1-9][0-9]{0,9},)?[1-9][0-9]{0,9}")) {
            throw new InvalidInputException(List.of(new Problem(file.toString(), "arq:queryTimeout",
                    "expected milliseconds such as \"30000\" (or \"first,overall\"), got \"" + text + "\"")));
        }
        return Optional.of(Duration.ofMillis(Long.parseLong(text.substring(text.indexOf(',') + 1))));
    }

    /**
     * Sets a server-wide context setting ({@code ja:context [ ja:cxtName name ; ja:cxtValue value ]} of the
     * {@code fuseki:Server}), replacing the one the file gives.
     */
    public StoreConfig serverSetting(String name, String value) {
        Objects.requireNonNull(value, "value");
        Resource server = checked(FUSEKI, "Server");
        Property context = model.createProperty(JA + "context");
        for (Statement s : model.listStatements(server, context, (RDFNode) null).toList()) {
            if (s.getObject().isResource() && s.getResource().hasLiteral(cxtName(), name)) {
                model.removeAll(s.getResource(), null, null);
                model.remove(s);
            }
        }
        server.addProperty(context, model.createResource().addLiteral(cxtName(), name).addLiteral(cxtValue(), value));
        return this;
    }

    /** A server-wide context setting as the file gives it (the empty string for a value that is not a literal). */
    public Optional<String> serverSetting(String name) {
        for (Statement s : checked(FUSEKI, "Server").listProperties(model.createProperty(JA + "context")).toList()) {
            if (s.getObject().isResource() && s.getResource().hasLiteral(cxtName(), name)) {
                Statement v = s.getResource().getProperty(cxtValue());
                return Optional.of(v == null || !v.getObject().isLiteral() ? "" : v.getString());
            }
        }
        return Optional.empty();
    }

    private Property cxtName() {
        return model.createProperty(JA + "cxtName");
    }

    private Property cxtValue() {
        return model.createProperty(JA + "cxtValue");
    }

    /** The configuration file. */
    public Path file() {
        return file;
    }

    /** The store the configuration points at. */
    public StoreLayout layout() {
        return layout;
    }

    /** The configuration as a model (for {@code FusekiServer.Builder.parseConfig}). */
    public Model model() {
        return model;
    }

    /** Assembles the text dataset (TDB2 with its text index) that the configuration describes. */
    public Dataset assemble() {
        return DatasetFactory.assemble(checked(TEXT, "TextDataset"));
    }

    private void replaceOne(String ns, String type, String property, String value, Path file)
            throws InvalidInputException {
        Resource subject = only(ns, type, file);
        Property p = model.createProperty(property);
        subject.removeAll(p);
        subject.addProperty(p, value);
    }

    private Resource only(String ns, String type, Path file) throws InvalidInputException {
        List<Resource> found = model.listResourcesWithProperty(RDF.type, model.createResource(ns + type)).toList();
        if (found.size() != 1) {
            throw new InvalidInputException(List.of(new Problem(file.toString(), "",
                    "expected exactly one resource of type <" + ns + type + ">, found " + found.size())));
        }
        return found.get(0);
    }

    private Resource checked(String ns, String type) {
        try {
            return only(ns, type, Path.of("config"));
        } catch (InvalidInputException e) {
            throw new IllegalStateException("checked when read", e);
        }
    }
}
