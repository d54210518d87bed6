package org.vndiplomacy.kg.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.modify.request.QuadDataAcc;
import org.apache.jena.sparql.modify.request.UpdateDataInsert;
import org.apache.jena.update.UpdateRequest;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.vndiplomacy.kg.vocab.VND;

/**
 * The XSS corpus of {@code src/test/resources/xss/payloads.txt} (each payload calls {@code xss(N)}), and the update
 * that puts it into a store. For each payload P: a country {@code country/xssNN} named "P xsstest" (@vi, @en) and P
 * (other name, @vi), mentioned once in article 001; an agreement of it with Viet Nam whose quote is P; an ontology
 * class {@code vnd:XssTestN} labelled and described with P. The first country is also the same as
 * {@code <javascript:xss(99)>}.
 */
record XssPayloads(List<String> payloads) {

    static final String XSSTEST = "xsstest";
    static final String ARTICLE = VND.ID_BASE + "article/001-fd340b40d8971c87";

    static XssPayloads read() throws IOException {
        return new XssPayloads(Files.readAllLines(Path.of("src/test/resources/xss/payloads.txt"),
                StandardCharsets.UTF_8).stream().filter(l -> !l.startsWith("#") && !l.isEmpty()).toList());
    }

    /** The key of the resources of the payload at that index: {@code xss01} ... */
    static String key(int i) {
        return String.format("xss%02d", i + 1);
    }

    /** The SPARQL update that adds them (in graph {@code http://example.org/xss} and the ontology's graph). */
    String update() {
        QuadDataAcc quads = new QuadDataAcc();
        Node g = NodeFactory.createURI("http://example.org/xss");
        Node ontology = NodeFactory.createURI(VND.GRAPH_BASE + "ontology");
        for (int i = 0; i < payloads.size(); i++) {
            entity(quads, g, i, payloads.get(i));
            Node type = vnd("XssTest" + (i + 1));
            add(quads, ontology, type, RDF.type.asNode(), OWL.Class.asNode());
            add(quads, ontology, type, RDFS.label.asNode(), NodeFactory.createLiteralLang(payloads.get(i), "en"));
            add(quads, ontology, type, RDFS.label.asNode(), NodeFactory.createLiteralLang(payloads.get(i), "vi"));
            add(quads, ontology, type, RDFS.comment.asNode(), NodeFactory.createLiteralLang(payloads.get(i), "en"));
        }
        add(quads, g, id("country/" + key(0)), OWL.sameAs.asNode(), NodeFactory.createURI("javascript:xss(99)"));
        return new UpdateRequest(new UpdateDataInsert(quads)).toString();
    }

    private static void entity(QuadDataAcc quads, Node g, int i, String p) {
        Node article = NodeFactory.createURI(ARTICLE);
        Node country = id("country/" + key(i));
        Node mention = id("mention/" + key(i));
        Node agreement = id("agreement/" + key(i));
        Node evidence = id("evidence/" + key(i));
        add(quads, g, country, RDF.type.asNode(), vnd("Country"));
        add(quads, g, country, RDFS.label.asNode(), NodeFactory.createLiteralLang(p + " " + XSSTEST, "vi"));
        add(quads, g, country, RDFS.label.asNode(), NodeFactory.createLiteralLang(p + " " + XSSTEST, "en"));
        add(quads, g, country, SKOS.altLabel.asNode(), NodeFactory.createLiteralLang(p, "vi"));
        add(quads, g, mention, RDF.type.asNode(), vnd("Mention"));
        add(quads, g, mention, vnd("mentionOf"), country);
        add(quads, g, mention, vnd("inArticle"), article);
        // one code point: the innermost mention wherever it lies, so that its link is titled with the name
        add(quads, g, mention, oa("start"), number(10L * i));
        add(quads, g, mention, oa("end"), number(10L * i + 1));
        add(quads, g, agreement, RDF.type.asNode(), vnd("Agreement"));
        add(quads, g, agreement, vnd("party"), country);
        add(quads, g, agreement, vnd("party"), id("country/vn"));
        add(quads, g, agreement, vnd("evidence"), evidence);
        add(quads, g, evidence, RDF.type.asNode(), vnd("Evidence"));
        add(quads, g, evidence, oa("exact"), NodeFactory.createLiteralString(p));
        add(quads, g, evidence, oa("start"), number(400L + 10 * i));
        add(quads, g, evidence, oa("end"), number(408L + 10 * i));
        add(quads, g, evidence, vnd("inArticle"), article);
    }

    private static void add(QuadDataAcc quads, Node g, Node s, Node p, Node o) {
        quads.addQuad(Quad.create(g, s, p, o));
    }

    private static Node id(String local) {
        return NodeFactory.createURI(VND.ID_BASE + local);
    }

    private static Node vnd(String local) {
        return NodeFactory.createURI(VND.NS + local);
    }

    private static Node oa(String local) {
        return NodeFactory.createURI("http://www.w3.org/ns/oa#" + local);
    }

    private static Node number(long n) {
        return NodeFactory.createLiteralDT(Long.toString(n), XSDDatatype.XSDinteger);
    }
}
