package org.vndiplomacy.kg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.Test;

/**
 * {@link VND} and the ontology files agree: every term of {@code ontology/vnd.ttl} has a constant, every constant a
 * declaration, and every term and concept carries its Vietnamese and English labels and a comment.
 */
class VocabularySyncTest {

    private static final Model ONTOLOGY = RDFDataMgr.loadModel("ontology/vnd.ttl");
    private static final Model CONCEPTS = RDFDataMgr.loadModel("ontology/concepts.ttl");
    private static final Model BOTH = ModelFactory.createUnion(ONTOLOGY, CONCEPTS);

    private static final List<Resource> DECLARATION_TYPES = List.of(OWL.Class, OWL.ObjectProperty,
            OWL.DatatypeProperty, OWL.AnnotationProperty, OWL.SymmetricProperty);

    /** The fixed concept lists of docs/annotation-format.md, by concept class. */
    private static final Map<Resource, Set<String>> FORMAT_CONCEPTS = Map.of(
            VND.PartnershipLevel, Set.of("ComprehensiveStrategicPartnership",
                    "ComprehensiveStrategicCooperativePartnership", "StrategicPartnership", "ComprehensivePartnership",
                    "SpecialRelationship", "StrategicCommunityWithSharedFuture"),
            VND.PartnershipChange, Set.of("Established", "Upgraded", "Deepened", "Reaffirmed"),
            VND.Approximation, Set.of("Exact", "Approximately", "Nearly", "MoreThan", "LessThan", "AtLeast", "AtMost",
                    "Range"),
            VND.AgreementType, Set.of("FreeTradeAgreement", "CooperationAgreement", "CooperationDocument",
                    "MemorandumOfUnderstanding"),
            VND.VisitKind, Set.of("StateVisit", "OfficialVisit", "WorkingVisit", "Visit"),
            VND.EventKind, Set.of("Conference", "Meeting", "Talks", "Reception", "Forum", "Congress"),
            VND.DocumentType, Set.of("Directive", "Resolution", "Decision", "Decree", "Law", "Program"));

    @Test
    void ontologyTerm_withoutConstant_fails() {
        Set<String> fields = constants().keySet();
        Set<String> missing = new TreeSet<>();
        for (Resource type : DECLARATION_TYPES) {
            ONTOLOGY.listSubjectsWithProperty(RDF.type, type).forEachRemaining(term -> {
                if (isVnd(term) && !fields.contains(term.getLocalName())) {
                    missing.add(term.getLocalName());
                }
            });
        }
        assertTrue(missing.isEmpty(), () -> "terms of ontology/vnd.ttl without a VND constant: " + missing);
    }

    @Test
    void constant_withoutDeclaration_fails() {
        List<String> problems = new ArrayList<>();
        constants().forEach((name, term) -> {
            if (!term.getURI().equals(VND.NS + name)) {
                problems.add("VND." + name + " is " + term.getURI() + ", expected " + VND.NS + name);
            } else if (!BOTH.contains(term, RDF.type)) {
                problems.add("VND." + name + " is declared in neither ontology/vnd.ttl nor ontology/concepts.ttl");
            }
        });
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void vndSubject_withoutLabelsOrComment_fails() {
        List<String> problems = new ArrayList<>();
        BOTH.listSubjects().filterKeep(VocabularySyncTest::isVnd).forEachRemaining(term -> {
            String name = "vnd:" + term.getLocalName();
            for (String lang : List.of("vi", "en")) {
                if (!hasLiteral(term, RDFS.label, lang)) {
                    problems.add(name + " has no rdfs:label @" + lang);
                }
            }
            if (!hasLiteral(term, RDFS.comment, "en") && !hasLiteral(term, SKOS.definition, "en")) {
                problems.add(name + " has no rdfs:comment or skos:definition @en");
            }
        });
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void concept_withoutPrefLabelsOrScheme_fails() {
        List<String> problems = new ArrayList<>();
        CONCEPTS.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEachRemaining(concept -> {
            String name = "vnd:" + concept.getLocalName();
            for (String lang : List.of("vi", "en")) {
                if (!hasLiteral(concept, SKOS.prefLabel, lang)) {
                    problems.add(name + " has no skos:prefLabel @" + lang);
                }
            }
            Resource scheme = concept.getPropertyResourceValue(SKOS.inScheme);
            if (scheme == null || !CONCEPTS.contains(scheme, RDF.type, SKOS.ConceptScheme)) {
                problems.add(name + " is in no skos:ConceptScheme of ontology/concepts.ttl");
            }
            if (conceptClasses(concept).isEmpty()) {
                problems.add(name + " has no concept class (vnd:Role, vnd:Indicator...) besides skos:Concept");
            }
        });
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void conceptClass_missingAFormatConcept_fails() {
        List<String> problems = new ArrayList<>();
        FORMAT_CONCEPTS.forEach((type, names) -> names.forEach(name -> {
            if (!CONCEPTS.contains(CONCEPTS.createResource(VND.NS + name), RDF.type, type)) {
                problems.add("vnd:" + name + " is not a " + type.getLocalName() + " in ontology/concepts.ttl");
            }
        }));
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void conceptScheme_namedAfterItsClass_holdsOnlyThatClass() {
        List<String> problems = new ArrayList<>();
        CONCEPTS.listSubjectsWithProperty(RDF.type, SKOS.Concept).forEachRemaining(concept -> {
            Resource scheme = concept.getPropertyResourceValue(SKOS.inScheme);
            for (Resource type : conceptClasses(concept)) {
                if (scheme != null && !scheme.getLocalName().equals(type.getLocalName() + "Scheme")) {
                    problems.add("vnd:" + concept.getLocalName() + " is a " + type.getLocalName() + " in "
                            + scheme.getLocalName());
                }
            }
        });
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void indicator_withoutUnit_fails() {
        List<String> problems = new ArrayList<>();
        CONCEPTS.listSubjectsWithProperty(RDF.type, VND.Indicator).forEachRemaining(indicator -> {
            Resource unit = indicator.getPropertyResourceValue(VND.unit);
            if (unit == null || !unit.getURI().startsWith(VND.QUDT_UNIT)) {
                problems.add("vnd:" + indicator.getLocalName() + " has no vnd:unit in " + VND.QUDT_UNIT);
            }
        });
        assertTrue(problems.isEmpty(), () -> String.join("\n", problems));
    }

    @Test
    void namespace_ofConstantsAndTurtle_isTheSame() {
        assertEquals(VND.NS, ONTOLOGY.getNsPrefixURI("vnd"));
        assertEquals(VND.NS, CONCEPTS.getNsPrefixURI("vnd"));
        assertEquals(VND.NS, VND.getURI());
        Resource ontology = ONTOLOGY.createResource(VND.ONTOLOGY);
        assertTrue(ONTOLOGY.contains(ontology, RDF.type, OWL.Ontology), "vnd.ttl declares " + VND.ONTOLOGY);
        assertTrue(ONTOLOGY.contains(ontology, OWL.versionInfo), "the ontology has owl:versionInfo");
    }

    /** VND's public static Resource and Property fields, by name. */
    static Map<String, Resource> constants() {
        Map<String, Resource> constants = new TreeMap<>();
        for (Field field : VND.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                try {
                    constants.put(field.getName(), (Resource) field.get(null));
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(field.toString(), e);
                }
            }
        }
        return constants;
    }

    private static boolean isVnd(Resource resource) {
        return resource.isURIResource() && resource.getURI().startsWith(VND.NS);
    }

    private static boolean hasLiteral(Resource subject, Property property, String lang) {
        Predicate<RDFNode> inLang = n -> n.isLiteral() && n.asLiteral().getLanguage().equals(lang)
                && !n.asLiteral().getString().isBlank();
        return BOTH.listObjectsOfProperty(subject, property).filterKeep(inLang::test).hasNext();
    }

    private static List<Resource> conceptClasses(Resource concept) {
        return BOTH.listObjectsOfProperty(concept, RDF.type).mapWith(RDFNode::asResource)
                .filterKeep(t -> isVnd(t) && BOTH.contains(t, RDFS.subClassOf, SKOS.Concept)).toList();
    }
}
