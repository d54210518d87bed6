package org.vndiplomacy.kg.convert;

import java.util.Map;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.vndiplomacy.kg.annotation.AnnotationFile;
import org.vndiplomacy.kg.annotation.Annotator;
import org.vndiplomacy.kg.annotation.ArticleMeta;
import org.vndiplomacy.kg.annotation.EntityAnnotation;
import org.vndiplomacy.kg.annotation.Evidence;
import org.vndiplomacy.kg.annotation.Fact;
import org.vndiplomacy.kg.annotation.RefLib;
import org.vndiplomacy.kg.validate.AnnotatedArticle;
import org.vndiplomacy.kg.vocab.PROV;
import org.vndiplomacy.kg.vocab.VND;

/**
 * One validated article to the triples of its named graph: the article, its entities and mentions, and every
 * fact with {@code prov:wasDerivedFrom}, {@code prov:wasAttributedTo} and {@code vnd:evidence}.
 */
public final class ArticleConverter {

    private final EntityConverter entities;
    private final Map<Class<?>, FactConverter<?>> converters = Map.of(
            Fact.PositionHolding.class, new PositionHoldingConverter(),
            Fact.Partnership.class, new PartnershipConverter(),
            Fact.Visit.class, new VisitConverter(),
            Fact.Event.class, new EventConverter(),
            Fact.Agreement.class, new AgreementConverter(),
            Fact.PolicyDocument.class, new PolicyDocumentConverter(),
            Fact.Observation.class, new ObservationConverter());

    public ArticleConverter(Model reference) {
        this.entities = new EntityConverter(new ReferenceLabels(reference));
    }

    /** The key of the article's graph and IRIs. */
    public static String articleKey(AnnotatedArticle input) {
        return RefLib.articleKey(input.annotation().article().sourceFile());
    }

    public Model convert(AnnotatedArticle input) {
        AnnotationFile annotation = input.annotation();
        Model model = ModelFactory.createDefaultModel();
        ArticleScope scope = new ArticleScope(model, articleKey(input), annotation.facts());
        Resource article = article(input, scope);
        Resource agent = agent(annotation.annotator(), model);
        Resource activity = annotation.annotator().isCurated() ? null
                : extraction(annotation.annotator(), agent, article, scope);
        for (EntityAnnotation entity : annotation.entities()) {
            entities.convert(entity, article, scope);
        }
        for (Fact fact : annotation.facts()) {
            Resource node = scope.fact(fact);
            FactConverter<?> converter = converters.get(fact.getClass());
            for (Resource type : converter.types()) {
                node.addProperty(RDF.type, type);
            }
            node.addProperty(PROV.wasDerivedFrom, article);
            node.addProperty(PROV.wasAttributedTo, agent);
            if (activity != null) {
                node.addProperty(PROV.wasGeneratedBy, activity);
            }
            scope.decimal(node, VND.confidence, fact.confidence());
            scope.string(node, SKOS.note, fact.note());
            for (Evidence evidence : fact.evidence()) {
                node.addProperty(VND.evidence, evidence(evidence, article, scope));
            }
            convert(converter, fact, node, scope);
        }
        return model;
    }

    @SuppressWarnings("unchecked")
    private static <T extends Fact> void convert(FactConverter<T> converter, Fact fact, Resource node,
            ArticleScope scope) {
        converter.convert((T) fact, node, scope);
    }

    private static Resource article(AnnotatedArticle input, ArticleScope scope) {
        ArticleMeta meta = input.annotation().article();
        Resource article = scope.model().createResource(IriMinter.article(scope.articleKey()));
        article.addProperty(RDF.type, VND.Article);
        article.addProperty(RDF.type, SchemaDO.NewsArticle);
        scope.string(article, VND.sourceFile, meta.sourceFile());
        String title = meta.title() != null ? meta.title() : input.article().firstLine();
        scope.vietnamese(article, DCTerms.title, title);
        article.addProperty(DCTerms.language, "vi");
        if (meta.issued() != null) {
            article.addLiteral(DCTerms.issued, scope.dateLiteral(meta.issued()));
        }
        scope.string(article, DCTerms.publisher, meta.publisher());
        scope.string(article, DCTerms.creator, meta.author());
        scope.vietnamese(article, SchemaDO.articleSection, meta.section());
        scope.vietnamese(article, SchemaDO.articleBody, input.article().text());
        return article;
    }

    private static Resource agent(Annotator annotator, Model model) {
        Resource agent = model.createResource(IriMinter.agent(annotator.kind(), annotator.name(), annotator.version()));
        agent.addProperty(RDF.type, annotator.isCurated() ? PROV.Agent : PROV.SoftwareAgent);
        String label = annotator.version() == null ? annotator.name() : annotator.name() + " " + annotator.version();
        agent.addProperty(RDFS.label, label, "en");
        return agent;
    }

    /** The extractor's run that produced an extracted article's facts: who ran, on what, and when it ended. */
    private static Resource extraction(Annotator annotator, Resource agent, Resource article, ArticleScope scope) {
        Resource activity = scope.model().createResource(IriMinter.extraction(scope.articleKey()));
        activity.addProperty(RDF.type, PROV.Activity);
        activity.addProperty(RDFS.label, "extraction of article " + scope.articleKey() + " by " + annotator.name()
                + " " + annotator.version(), "en");
        activity.addProperty(PROV.wasAssociatedWith, agent);
        activity.addProperty(PROV.used, article);
        if (annotator.generatedAt() != null) {
            activity.addLiteral(PROV.endedAtTime, scope.model().createTypedLiteral(annotator.generatedAt(),
                    org.apache.jena.datatypes.xsd.XSDDatatype.XSDdateTime));
        }
        return activity;
    }

    private static Resource evidence(Evidence evidence, Resource article, ArticleScope scope) {
        Resource node = scope.model().createResource(
                IriMinter.evidence(scope.articleKey(), evidence.start(), evidence.end()));
        node.addProperty(RDF.type, VND.Evidence);
        node.addProperty(VND.inArticle, article);
        SpanLib.addSelector(scope, node, evidence);
        return node;
    }
}
