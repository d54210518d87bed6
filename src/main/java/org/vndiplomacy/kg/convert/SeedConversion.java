package org.vndiplomacy.kg.convert;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.LongConsumer;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.vndiplomacy.kg.validate.AnnotatedArticle;
import org.vndiplomacy.kg.validate.ArticleSource;
import org.vndiplomacy.kg.validate.Extraction;
import org.vndiplomacy.kg.validate.InvalidInputException;
import org.vndiplomacy.kg.validate.LineLib;
import org.vndiplomacy.kg.validate.LineSorter;
import org.vndiplomacy.kg.validate.Problem;
import org.vndiplomacy.kg.validate.SeedFiles;
import org.vndiplomacy.kg.validate.SeedReader;
import org.vndiplomacy.kg.vocab.VND;

/**
 * The seeds converted in two passes, so that no pass holds more than a few articles. {@link #check} reads, validates,
 * converts and checks every article against the shapes, notes its graph's digest and its figures, and drops its
 * graph; then it computes and checks the derived graph. Nothing is written before it has finished without a problem.
 * {@link #article} then gives one article's graph again, for writing, read and converted anew.
 */
public final class SeedConversion implements AutoCloseable {

    /**
     * One article's graph as the first pass saw it: where it comes from, its key, the digest of its triples, and its
     * facts and mentions (for {@link StatisticsGraph}).
     */
    public record ArticleGraph(ArticleSource source, String key, GraphDigest digest, long facts, long mentions) {

        /** The graph's name. */
        public String name() {
            return IriMinter.articleGraph(key);
        }

        /** The graph's figures for {@code graph/statistics}. */
        public StatisticsGraph.Figures figures() {
            return new StatisticsGraph.Figures(name(), digest.triples(), facts, mentions);
        }

        /** The article as one line that sorts by its key (a key has no tab), for {@link #parse}. */
        String line() {
            return LineLib.join(key, digest.toString(), Long.toString(facts), Long.toString(mentions),
                    source.display(), source.annotation() == null ? "" : source.annotation().toString(),
                    source.article().toString());
        }

        static ArticleGraph parse(String line) {
            List<String> fields = LineLib.split(line);
            return new ArticleGraph(new ArticleSource(fields.get(4), fields.get(5).isEmpty() ? null
                    : Path.of(fields.get(5)), Path.of(fields.get(6))), fields.get(0), GraphDigest.parse(fields.get(1)),
                    Long.parseLong(fields.get(2)), Long.parseLong(fields.get(3)));
        }
    }

    /** One of the graphs the ontology folder gives. */
    public record FixedGraph(String name, Model model) {
    }

    /** One of the graphs computed across articles: its name, digest and triples (a stream to close, in its order). */
    public record ComputedGraph(String name, GraphDigest digest, Supplier<Stream<Triple>> triples) {
    }

    private final OntologyFiles ontology;
    private final SeedFiles seeds;
    private final Extraction extraction;
    private final SeedReader reader = new SeedReader();
    private final ArticleConverter converter;
    private final ConflictCollector figures = new ConflictCollector();
    private final EntityCollector entityStatements = new EntityCollector();
    private final LineSorter articles;
    private DerivedGraph derived;
    private EntityGraph entities;
    private StatisticsGraph statistics;
    private long facts;
    private long mentions;

    public SeedConversion(OntologyFiles ontology, SeedFiles seeds, Extraction extraction) {
        this(ontology, seeds, extraction, LineSorter.LIST_BUDGET);
    }

    /** A conversion that holds up to {@code budget} characters of its article list in memory. */
    SeedConversion(OntologyFiles ontology, SeedFiles seeds, Extraction extraction, long budget) {
        this.articles = new LineSorter(budget);
        this.ontology = Objects.requireNonNull(ontology, "ontology");
        this.seeds = Objects.requireNonNull(seeds, "seeds");
        this.extraction = Objects.requireNonNull(extraction, "extraction");
        this.converter = new ArticleConverter(ontology.reference());
    }

    /**
     * The first pass; {@code progress} is told the number of articles checked so far after each one.
     *
     * @throws InvalidInputException with every problem of validation, or (when validation found none) of the shapes
     */
    public void check(LongConsumer progress) throws IOException, InvalidInputException {
        check(progress, null);
    }

    /**
     * The first pass, giving each article's graph, by name, to {@code converted} (unless {@code null}) as soon as it is
     * converted, before it is checked against the shapes, in the order read. It sees the graphs of a run that may
     * fail yet: it must keep them out of sight until this method returns, and must not change them.
     */
    public void check(LongConsumer progress, BiConsumer<String, Model> converted) throws IOException,
            InvalidInputException {
        ShapeCheck.Session shapes = new ShapeCheck(ontology.shapes()).session(ontology.ontology(),
                ontology.reference());
        SeedReader.Scan scan;
        // the shapes are checked on a second thread, one graph behind the reading and converting
        try (ShapeWorker worker = new ShapeWorker(shapes)) {
            long[] read = {0};
            scan = reader.scan(seeds, ontology.knownTerms(), extraction, (source, input) -> {
                Model graph = converter.convert(input);
                String key = ArticleConverter.articleKey(input);
                if (converted != null) {
                    converted.accept(IriMinter.articleGraph(key), graph);
                }
                entityStatements.add(graph.getGraph());
                // the digest is taken on the worker's thread, which adds the article (so only it writes the list)
                worker.check(graph, done -> {
                    StatisticsGraph.Figures figures = StatisticsGraph.Figures.of(IriMinter.articleGraph(key),
                            done.getGraph());
                    articles.add(new ArticleGraph(source, key, GraphDigest.of(done.getGraph()), figures.facts(),
                            figures.mentions()).line());
                });
                figures.add(input);
                progress.accept(++read[0]);
            });
            worker.finish();
        }
        facts = scan.facts();
        mentions = scan.mentions();
        derived = figures.finish();
        figures.close();
        entityStatements.add(ontology.reference().getGraph());
        entities = entityStatements.finish();
        try (Stream<Triple> triples = derived.triples()) {
            // the derived graph links figures only: every node it names is a vnd:Observation of its article
            shapes.derived(triples.iterator(), node -> List.of(VND.Observation.asNode()));
        }
        List<Problem> problems = shapes.finish();
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * The articles checked, sorted by key (so by graph name), read from the sorted lines of the first pass (which
     * leave memory beyond a budget): close the stream when done. May be called again for another pass.
     */
    public Stream<ArticleGraph> articles() {
        return articles.sorted().map(ArticleGraph::parse);
    }

    /** How many articles the first pass checked. */
    public long articleCount() {
        return articles.size();
    }

    public long facts() {
        return facts;
    }

    public long mentions() {
        return mentions;
    }

    /** The derived graph (after {@link #check}). */
    public DerivedGraph derived() {
        return Objects.requireNonNull(derived, "check first");
    }

    /** The entities graph (after {@link #check}). */
    public EntityGraph entities() {
        return Objects.requireNonNull(entities, "check first");
    }

    /**
     * The graphs computed across articles (after {@link #check}), by name: the derived graph, the entities graph, and
     * the statistics of every graph (these two and the fixed ones included).
     */
    public List<ComputedGraph> computed() {
        if (statistics == null) {
            List<StatisticsGraph.Figures> figures = new ArrayList<>();
            for (FixedGraph graph : fixed()) {
                figures.add(StatisticsGraph.Figures.of(graph.name(), graph.model().getGraph()));
            }
            figures.add(derived().figures());
            figures.add(entities().figures());
            statistics = new StatisticsGraph(() -> Stream.concat(articles().map(ArticleGraph::figures),
                    figures.stream()));
        }
        DerivedGraph d = derived();
        EntityGraph e = entities();
        return List.of(new ComputedGraph(IriMinter.graph("derived"), d.digest(), d::triples),
                new ComputedGraph(IriMinter.graph("entities"), e.digest(), e::triples),
                new ComputedGraph(StatisticsGraph.name(), statistics.digest(), statistics::triples));
    }

    /** The ontology, shapes and reference graphs. */
    public List<FixedGraph> fixed() {
        return fixed(ontology);
    }

    /** The ontology, shapes and reference graphs of an ontology folder, in the order they are written. */
    public static List<FixedGraph> fixed(OntologyFiles ontology) {
        return List.of(new FixedGraph(IriMinter.graph("ontology"), ontology.ontology()),
                new FixedGraph(IriMinter.graph("shapes"), ontology.shapes()),
                new FixedGraph(IriMinter.graph("reference"), ontology.reference()));
    }

    /**
     * An article's graph again, read and converted anew; a problem when it differs from the one checked (its file
     * changed since).
     */
    public Model article(ArticleGraph article) throws IOException, InvalidInputException {
        AnnotatedArticle input = reader.reread(article.source(), extraction);
        Model graph = converter.convert(input);
        if (!GraphDigest.of(graph.getGraph()).equals(article.digest())) {
            throw new InvalidInputException(List.of(new Problem(article.source().display(), "",
                    "changed while the run was reading the seeds; run it again")));
        }
        return graph;
    }

    @Override
    public void close() {
        articles.close();
        figures.close();
        entityStatements.close();
        if (derived != null) {
            derived.close();
        }
        if (entities != null) {
            entities.close();
        }
    }
}
