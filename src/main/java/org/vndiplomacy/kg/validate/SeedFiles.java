package org.vndiplomacy.kg.validate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The layout of a seeds folder: {@code articles/*.txt} and {@code annotations/*.json}, and their size limits. */
public record SeedFiles(Path root) {

    /** The most bytes an article may have: 2 MiB, some hundred times a long news article. */
    public static final long MAX_ARTICLE_BYTES = 2L << 20;

    /** The most bytes an annotation file may have: 16 MiB, eight times the largest article. */
    public static final long MAX_ANNOTATION_BYTES = 16L << 20;

    public Path articles() {
        return root.resolve("articles");
    }

    public Path annotations() {
        return root.resolve("annotations");
    }

    /** The annotation files, sorted by name. */
    public List<Path> annotationFiles() throws IOException {
        if (!Files.isDirectory(annotations())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(annotations())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        }
    }

    /**
     * The annotation files, sorted by name, listed as sorted lines that leave memory beyond a budget (a folder may
     * hold hundreds of thousands): close the stream when done.
     */
    public Stream<Path> sortedAnnotationFiles() throws IOException {
        return sorted(annotations(), ".json");
    }

    /** The article files, as {@link #sortedAnnotationFiles} lists the annotation files. */
    public Stream<Path> sortedArticleFiles() throws IOException {
        return sorted(articles(), ".txt");
    }

    private static Stream<Path> sorted(Path folder, String suffix) throws IOException {
        if (!Files.isDirectory(folder)) {
            return Stream.empty();
        }
        LineSorter names = new LineSorter(LineSorter.LIST_BUDGET);
        try (Stream<Path> files = Files.list(folder)) {
            files.map(p -> p.getFileName().toString()).filter(name -> name.endsWith(suffix))
                    .forEach(name -> names.add(LineLib.join(name)));
            return names.sorted().map(line -> folder.resolve(LineLib.split(line).get(0))).onClose(names::close);
        } catch (IOException | RuntimeException e) {
            names.close();
            throw e;
        }
    }

    /** The article files ({@code *.txt}), sorted by name. */
    public List<Path> articleFiles() throws IOException {
        if (!Files.isDirectory(articles())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(articles())) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** How a file is named in messages: relative to the folder that holds the seeds folder. */
    public String display(Path file) {
        Path base = root.toAbsolutePath().normalize().getParent();
        Path absolute = file.toAbsolutePath().normalize();
        return (base == null ? absolute : base.relativize(absolute)).toString().replace('\\', '/');
    }
}
