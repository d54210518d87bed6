package org.vndiplomacy.kg.spark;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.spark.api.java.function.Function2;
import org.vndiplomacy.kg.convert.ArticleConverter;
import org.vndiplomacy.kg.convert.ConflictCollector;
import org.vndiplomacy.kg.convert.EntityCollector;
import org.vndiplomacy.kg.convert.StatisticsGraph;
import org.vndiplomacy.kg.convert.DatasetWriter;
import org.vndiplomacy.kg.convert.IriMinter;
import org.vndiplomacy.kg.convert.OntologyFiles;
import org.vndiplomacy.kg.convert.ShapeCheck;
import org.vndiplomacy.kg.validate.Extraction;
import org.vndiplomacy.kg.validate.InvalidInputException;
import org.vndiplomacy.kg.validate.Problem;
import org.vndiplomacy.kg.validate.SeedFiles;
import org.vndiplomacy.kg.validate.SeedReader;

/**
 * One shard, on an executor: reads and validates its annotation files (with their articles), converts each article
 * with {@link ArticleConverter}, checks it against the shapes, and writes its named graph to {@code part-NNNNN.nq}
 * (each graph's lines sorted, as {@code convert --format nquads} writes them) and its figures to
 * {@code part-NNNNN.figures.tsv}, what they say of their entities to {@code part-NNNNN.entities.tsv} and each
 * graph's figures to {@code part-NNNNN.statistics.tsv}, for the reduce steps. All are written under temporary names and moved into place
 * only when the shard had no problem, so a task run again writes the same files.
 */
final class ShardConverter implements Function2<Integer, Iterator<String>, Iterator<ShardResult>> {

    private static final long serialVersionUID = 1L;

    private final String seeds;
    private final String ontology;
    private final String work;

    ShardConverter(Path seeds, Path ontology, Path work) {
        this.seeds = seeds.toAbsolutePath().toString();
        this.ontology = ontology.toAbsolutePath().toString();
        this.work = work.toAbsolutePath().toString();
    }

    /** The N-Quads file of shard {@code index}. */
    static String quadsName(int index) {
        return String.format("part-%05d.nq", index);
    }

    /** The entities file of shard {@code index}: what its graphs say of their entities, a line each. */
    static String entitiesName(int index) {
        return String.format("part-%05d.entities.tsv", index);
    }

    /** The statistics file of shard {@code index}: each article graph's figures, a line each. */
    static String statisticsName(int index) {
        return String.format("part-%05d.statistics.tsv", index);
    }

    /** The figures file of shard {@code index}. */
    static String figuresName(int index) {
        return String.format("part-%05d.figures.tsv", index);
    }

    @Override
    public Iterator<ShardResult> call(Integer index, Iterator<String> paths) throws IOException {
        List<Path> files = new ArrayList<>();
        paths.forEachRemaining(path -> files.add(Path.of(path)));
        if (files.isEmpty()) {
            return List.of(ShardResult.empty(index)).iterator();
        }
        return List.of(convert(index, files)).iterator();
    }

    private ShardResult convert(int index, List<Path> files) throws IOException {
        OntologyFiles graphs = OntologyFiles.read(Path.of(ontology));
        ArticleConverter converter = new ArticleConverter(graphs.reference());
        ShapeCheck.Session shapes = new ShapeCheck(graphs.shapes()).session(graphs.ontology(), graphs.reference());
        ShardNames names = new ShardNames(graphs.knownTerms().referenceRefs());
        Path quads = Path.of(work, quadsName(index));
        Path figures = Path.of(work, figuresName(index));
        Path quadsTemp = quads.resolveSibling(quads.getFileName() + ".tmp");
        Path figuresTemp = figures.resolveSibling(figures.getFileName() + ".tmp");
        Path entities = Path.of(work, entitiesName(index));
        Path entitiesTemp = entities.resolveSibling(entities.getFileName() + ".tmp");
        Path statistics = Path.of(work, statisticsName(index));
        Path statisticsTemp = statistics.resolveSibling(statistics.getFileName() + ".tmp");
        long[] counts = new long[3];
        List<Problem> problems;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(quadsTemp), 1 << 16);
                BufferedWriter figureOut = Files.newBufferedWriter(figuresTemp, StandardCharsets.UTF_8);
                BufferedWriter entityOut = Files.newBufferedWriter(entitiesTemp, StandardCharsets.UTF_8);
                BufferedWriter statisticsOut = Files.newBufferedWriter(statisticsTemp, StandardCharsets.UTF_8);
                DatasetWriter.Session session = new DatasetWriter().open(DatasetWriter.Format.NQUADS, out)) {
            new SeedReader().scan(new SeedFiles(Path.of(seeds)), files, graphs.knownTerms(), Extraction.off(),
                    (source, input) -> {
                        Model graph = converter.convert(input);
                        shapes.article(graph.getGraph());
                        String name = IriMinter.articleGraph(ArticleConverter.articleKey(input));
                        session.graph(name, graph.getGraph());
                        statisticsOut.write(StatisticsGraph.Figures.of(name, graph.getGraph()).line());
                        statisticsOut.write('\n');
                        for (String line : ConflictCollector.figureLines(input)) {
                            figureOut.write(line);
                            figureOut.write('\n');
                        }
                        for (String line : EntityCollector.lines(graph.getGraph())) {
                            entityOut.write(line);
                            entityOut.write('\n');
                        }
                        names.add(input);
                        counts[0]++;
                        counts[1] += input.annotation().facts().size();
                        counts[2] += graph.size();
                    });
            problems = shapes.finish();
        } catch (InvalidInputException e) {
            problems = e.problems();
        }
        if (problems.isEmpty()) {
            Files.move(quadsTemp, quads, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(figuresTemp, figures, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(entitiesTemp, entities, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(statisticsTemp, statistics, StandardCopyOption.REPLACE_EXISTING,
                    StandardCopyOption.ATOMIC_MOVE);
        } else {
            Files.deleteIfExists(quadsTemp);
            Files.deleteIfExists(figuresTemp);
            Files.deleteIfExists(entitiesTemp);
            Files.deleteIfExists(statisticsTemp);
        }
        return new ShardResult(index, counts[0], counts[1], counts[2],
                problems.stream().map(ShardResult.Failure::of).toList(), names.names, names.namesEn, names.keys);
    }
}
