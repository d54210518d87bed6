package org.vndiplomacy.kg.convert;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.vndiplomacy.kg.validate.AnnotatedArticle;

/**
 * Validated articles and the ontology folder to the whole dataset: {@code graph/ontology}, {@code graph/shapes},
 * {@code graph/reference}, one {@code graph/article/{key}} per article, {@code graph/derived}, {@code graph/entities} and
 * {@code graph/statistics}.
 */
public final class DatasetConverter {

    private final OntologyFiles ontology;
    private final ArticleConverter articles;

    public DatasetConverter(OntologyFiles ontology) {
        this.ontology = ontology;
        this.articles = new ArticleConverter(ontology.reference());
    }

    public Dataset convert(List<AnnotatedArticle> inputs) {
        Dataset dataset = DatasetFactory.create();
        dataset.addNamedModel(IriMinter.graph("ontology"), ontology.ontology());
        dataset.addNamedModel(IriMinter.graph("shapes"), ontology.shapes());
        dataset.addNamedModel(IriMinter.graph("reference"), ontology.reference());
        try (EntityCollector entities = new EntityCollector()) {
            for (AnnotatedArticle input : inputs) {
                String key = ArticleConverter.articleKey(input);
                Model graph = articles.convert(input);
                dataset.addNamedModel(IriMinter.articleGraph(key), graph);
                entities.add(graph.getGraph());
            }
            dataset.addNamedModel(IriMinter.graph("derived"), new ConflictFinder().find(inputs));
            entities.add(ontology.reference().getGraph());
            try (EntityGraph graph = entities.finish()) {
                dataset.addNamedModel(IriMinter.graph("entities"), graph.toModel());
            }
        }
        List<StatisticsGraph.Figures> figures = new ArrayList<>();
        dataset.listModelNames().forEachRemaining(name -> figures.add(StatisticsGraph.Figures.of(name.getURI(),
                dataset.getNamedModel(name).getGraph())));
        Model statistics = ModelFactory.createDefaultModel();
        new StatisticsGraph(figures::stream).triples().forEach(statistics.getGraph()::add);
        dataset.addNamedModel(StatisticsGraph.name(), statistics);
        return dataset;
    }
}
