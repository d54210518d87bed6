package org.vndiplomacy.kg.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.vndiplomacy.kg.validate.Problem;

/**
 * Checks of the Fuseki configuration before a server starts: every endpoint that can write names the users
 * allowed to (nothing anonymous may write, whatever the file says), every query timeout is a number of
 * milliseconds, and every limit of {@link ServerLimits} a positive whole number.
 */
final class ServerConfigCheck {

    private static final String FUSEKI = "http://jena.apache.org/fuseki#";
    private static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";
    private static final Set<String> WRITING = Set.of("update", "gsp-rw", "gsp-w", "upload", "patch");
    private static final Set<String> WRITING_SERVICES = Set.of("serviceUpdate", "serviceReadWriteGraphStore",
            "serviceUpload");

    private ServerConfigCheck() {
    }

    static List<Problem> check(Model model, Path file) {
        List<Problem> problems = new ArrayList<>();
        checkWriters(model, file, problems);
        settings(model, "arq:queryTimeout").forEach(text -> {
            if (!text.matches("[1-9][0-9]{0,9}(,[1-9][0-9]{0,9})?")) {
                problems.add(new Problem(file.toString(), "arq:queryTimeout",
                        "expected milliseconds such as \"30000\" (or \"first,overall\"), got \"" + text + "\""));
            }
        });
        for (String limit : ServerLimits.NAMES) {
            settings(model, limit).forEach(text -> {
                if (ServerLimits.parse(text).isEmpty()) {
                    problems.add(new Problem(file.toString(), limit,
                            "expected a positive whole number such as \"100000\", got \"" + text + "\""));
                }
            });
        }
        return problems;
    }

    private static void checkWriters(Model model, Path file, List<Problem> problems) {
        Property allowed = model.createProperty(FUSEKI + "allowedUsers");
        Property endpoint = model.createProperty(FUSEKI + "endpoint");
        Property operation = model.createProperty(FUSEKI + "operation");
        for (Resource service : model.listSubjectsWithProperty(RDF.type, model.createResource(FUSEKI + "Service"))
                .toList()) {
            boolean serviceAllowed = service.hasProperty(allowed);
            for (String legacy : WRITING_SERVICES) {
                if (service.hasProperty(model.createProperty(FUSEKI + legacy)) && !serviceAllowed) {
                    problems.add(new Problem(file.toString(), "fuseki:" + legacy,
                            "a writing service needs fuseki:allowedUsers (nothing anonymous may write)"));
                }
            }
            for (Statement s : service.listProperties(endpoint).toList()) {
                Resource ep = s.getResource();
                RDFNode op = ep.hasProperty(operation) ? ep.getProperty(operation).getObject() : null;
                String name = op != null && op.isURIResource() ? op.asResource().getURI().replace(FUSEKI, "") : "";
                if (WRITING.contains(name) && !ep.hasProperty(allowed) && !serviceAllowed) {
                    problems.add(new Problem(file.toString(), "fuseki:endpoint fuseki:" + name,
                            "an endpoint that writes needs fuseki:allowedUsers (nothing anonymous may write)"));
                }
            }
        }
    }

    /** The values of every context setting of that name, at any level (server, service, endpoint, dataset). */
    private static List<String> settings(Model model, String name) {
        Property cxtName = model.createProperty(JA + "cxtName");
        Property cxtValue = model.createProperty(JA + "cxtValue");
        List<String> values = new ArrayList<>();
        for (Resource setting : model.listSubjectsWithProperty(cxtName, name).toList()) {
            Statement v = setting.getProperty(cxtValue);
            values.add(v == null || !v.getObject().isLiteral() ? "" : v.getString());
        }
        return values;
    }
}
