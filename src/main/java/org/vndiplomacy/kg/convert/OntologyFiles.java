package org.vndiplomacy.kg.convert;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.RDF;
import org.vndiplomacy.kg.validate.KnownTerms;
import org.vndiplomacy.kg.vocab.VND;

/**
 * The ontology folder read once: the ontology ({@code vnd.ttl}, {@code concepts.ttl}), the SHACL shapes
 * ({@code shapes.ttl}) and the reference data ({@code reference/*.ttl}).
 */
public record OntologyFiles(Model ontology, Model shapes, Model reference) {

    /** The concept classes whose members annotations may name. */
    private static final List<Resource> CONCEPT_CLASSES =
            List.of(VND.Role, VND.Indicator, VND.PartnershipLevel, VND.AgreementType);

    /** Reads the folder; a file that does not parse stops the run with RIOT's located message. */
    public static OntologyFiles read(Path dir) throws IOException {
        Model ontology = ModelFactory.createDefaultModel();
        RDFDataMgr.read(ontology, dir.resolve("vnd.ttl").toString());
        RDFDataMgr.read(ontology, dir.resolve("concepts.ttl").toString());
        Model shapes = RDFDataMgr.loadModel(dir.resolve("shapes.ttl").toString());
        Model reference = ModelFactory.createDefaultModel();
        try (Stream<Path> files = Files.list(dir.resolve("reference"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".ttl")).sorted().toList()) {
                RDFDataMgr.read(reference, file.toString());
            }
        }
        return new OntologyFiles(ontology, shapes, reference);
    }

    /** What annotations may name: concept local names by class, and the reference data's refs. */
    public KnownTerms knownTerms() {
        Map<String, Set<String>> concepts = new HashMap<>();
        for (Resource type : CONCEPT_CLASSES) {
            Set<String> names = new HashSet<>();
            ontology.listSubjectsWithProperty(RDF.type, type).forEachRemaining(c -> {
                if (c.isURIResource() && c.getURI().startsWith(VND.NS)) {
                    names.add(c.getURI().substring(VND.NS.length()));
                }
            });
            concepts.put(type.getLocalName(), names);
        }
        Set<String> refs = new HashSet<>();
        reference.listSubjects().forEachRemaining(s -> {
            if (s.isURIResource() && s.getURI().startsWith(VND.ID_BASE)) {
                refs.add(s.getURI().substring(VND.ID_BASE.length()));
            }
        });
        return new KnownTerms(concepts, refs);
    }
}
