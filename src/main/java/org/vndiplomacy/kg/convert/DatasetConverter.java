package org.vndiplomacy.kg.convert;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.vndiplomacy.kg.validate.AnnotatedArticle;

/**
 * Validated articles and the ontology folder to the whole dataset: {@code graph/ontology}, {@code graph/shapes},
 * {@code graph/reference}, one {@code graph/article/{key}} per article, and {@code graph/derived}.
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
        for (AnnotatedArticle input : inputs) {
            String key = ArticleConverter.articleKey(input);
            dataset.addNamedModel(IriMinter.articleGraph(key), articles.convert(input));
        }
        dataset.addNamedModel(IriMinter.graph("derived"), new ConflictFinder().find(inputs));
        return dataset;
    }
}
