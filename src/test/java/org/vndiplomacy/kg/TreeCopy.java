package org.vndiplomacy.kg;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** Copies a folder with everything in it, for tests that change a copy of the seeds or of a store. */
public final class TreeCopy {

    /** How one file is copied. */
    @FunctionalInterface
    public interface FileCopier {
        void copy(Path source, Path target) throws IOException;
    }

    private TreeCopy() {
    }

    /** Copies {@code from} into {@code to}, every file with its attributes; returns {@code to}. */
    public static Path copy(Path from, Path to) throws IOException {
        return copy(from, to, file -> false,
                (source, target) -> Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES));
    }

    /** Copies {@code from} into {@code to}, each file but the {@code skipped} ones by {@code copier}; returns to. */
    public static Path copy(Path from, Path to, Predicate<Path> skipped, FileCopier copier) throws IOException {
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path source : walk.toList()) {
                Path target = to.resolve(from.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(target);
                } else if (!skipped.test(source)) {
                    copier.copy(source, target);
                }
            }
        }
        return to;
    }
}
