package org.vndiplomacy.kg.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.vndiplomacy.kg.extract.ArticleExtractor;
import org.vndiplomacy.kg.extract.GazetteerReader;
import org.vndiplomacy.kg.store.BuildStamp;
import org.vndiplomacy.kg.validate.Extraction;
import org.vndiplomacy.kg.convert.OntologyFiles;
import org.vndiplomacy.kg.convert.SeedConversion;
import org.vndiplomacy.kg.validate.AnnotatedArticle;
import org.vndiplomacy.kg.validate.InvalidInputException;
import org.vndiplomacy.kg.validate.SeedFiles;
import org.vndiplomacy.kg.validate.SeedReader;
import picocli.CommandLine.Option;

/** Options shared by the commands that read the seeds: where the seeds and the ontology are. */
final class InputOptions {

    @Option(names = "--seeds", paramLabel = "DIR", defaultValue = "seeds",
            description = "the seeds folder, with articles/ and annotations/ (default: ${DEFAULT-VALUE})")
    Path seeds;

    @Option(names = "--ontology", paramLabel = "DIR", defaultValue = "ontology",
            description = "the ontology folder (default: ${DEFAULT-VALUE})")
    Path ontology;

    @Option(names = "--verbose", description = "print stack traces of internal errors")
    boolean verbose;

    @Option(names = "--extraction-only", description = "ignore the annotation files: annotate every article with "
            + "the automatic extractor (to compare its graph with the curated one)")
    boolean extractionOnly;

    OntologyFiles readOntology() throws IOException {
        return OntologyFiles.read(ontology);
    }

    /**
     * How articles without an annotation file (every article with {@code --extraction-only}) are annotated: by the
     * extractor, its results kept in {@code keep} when it is not {@code null} and {@link ExtractionCache#keep} is
     * called.
     */
    ExtractionCache extraction(OntologyFiles files, Path keep) throws IOException {
        Supplier<ArticleExtractor> extractor = memo(() -> new ArticleExtractor(GazetteerReader.read(files.ontology(),
                files.reference())));
        return new ExtractionCache(keep, BuildStamp.fingerprint(List.of(ontology)), extractor);
    }

    private Extraction mode(ExtractionCache cache) {
        return new Extraction(extractionOnly ? Extraction.Mode.ALL : Extraction.Mode.MISSING, cache);
    }

    /** Reads and checks every article, holding none; articles without an annotation file are extracted, not kept. */
    SeedReader.Scan scan(OntologyFiles files) throws IOException, InvalidInputException {
        try (ExtractionCache cache = extraction(files, null)) {
            return new SeedReader().scan(new SeedFiles(seeds), files.knownTerms(), mode(cache),
                    (source, article) -> { });
        }
    }

    /** The two passes over the seeds; extractions are kept in {@code keep} once the first pass found no problem. */
    SeedPasses passes(OntologyFiles files, Path keep) throws IOException {
        ExtractionCache cache = extraction(files, keep);
        return new SeedPasses(new SeedConversion(files, new SeedFiles(seeds), mode(cache)), cache);
    }

    /** Only curated (and other given) annotation files, no extraction: what {@code evaluate} compares with. */
    List<AnnotatedArticle> readAnnotationFiles(OntologyFiles files) throws IOException, InvalidInputException {
        return new SeedReader().read(new SeedFiles(seeds), files.knownTerms());
    }

    private static <T> Supplier<T> memo(Supplier<T> supplier) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = supplier.get();
                }
                return value;
            }
        };
    }
}
