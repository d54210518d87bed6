package org.vndiplomacy.kg.store;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;
import org.vndiplomacy.kg.validate.LineLib;
import org.vndiplomacy.kg.validate.LineSorter;

/**
 * The record of the last complete build, written last (after the store and the text index are committed): the
 * fingerprint of the inputs it was built from. The store is stale when the stamp is missing or the inputs'
 * fingerprint has changed since.
 */
public final class BuildStamp {

    private static final String FINGERPRINT = "inputs.sha256";
    private static final String IN_PROGRESS = "build.inprogress";

    private BuildStamp() {
    }

    /**
     * The fingerprint of input folders: a SHA-256 over every regular file's path (relative to its folder), size
     * and modification time, in sorted order. Editing, adding or deleting a file changes it. The files are listed as
     * sorted lines, which leave memory beyond a budget (a seeds folder may hold hundreds of thousands).
     */
    public static String fingerprint(List<Path> folders) throws IOException {
        MessageDigest digest = sha256();
        digest.update(("code " + codeVersion() + "\n").getBytes(StandardCharsets.UTF_8));
        for (Path folder : folders) {
            digest.update(("folder " + folder.getFileName() + "\n").getBytes(StandardCharsets.UTF_8));
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (LineSorter files = new LineSorter(LineSorter.LIST_BUDGET)) {
                try (Stream<Path> walk = Files.walk(folder)) {
                    for (Iterator<Path> it = walk.filter(Files::isRegularFile).iterator(); it.hasNext(); ) {
                        Path file = it.next();
                        files.add(LineLib.join(folder.relativize(file).toString().replace('\\', '/'),
                                Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis()));
                    }
                }
                try (Stream<String> sorted = files.sorted()) {
                    sorted.forEach(line -> digest.update((line + "\n").getBytes(StandardCharsets.UTF_8)));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The code that builds: the jar's size and time when running from a jar (a new jar may convert differently),
     * nothing more when running from classes (tests, development).
     */
    private static String codeVersion() {
        try {
            Path code = Path.of(BuildStamp.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isRegularFile(code) ? Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis()
                    : "classes";
        } catch (java.net.URISyntaxException | IOException | SecurityException e) {
            return "unknown";
        }
    }

    /** Whether the store has had a complete build (it may have been rebuilt partly since, or be stale). */
    public static boolean built(StoreLayout layout) {
        return Files.isRegularFile(layout.stamp()) && Files.isDirectory(layout.database());
    }

    /**
     * Marks a build as begun (a mark left by an unfinished one stays as it is); the mark stays if the build does not
     * finish, which makes the store stale. A mark that cannot be written whole is taken away again.
     */
    static void begin(StoreLayout layout) throws IOException {
        Files.createDirectories(layout.root());
        Path mark = layout.root().resolve(IN_PROGRESS);
        if (Files.exists(mark)) {
            return;
        }
        try {
            Files.writeString(mark, "a build started here and has not finished\n");
        } catch (IOException e) {
            // a full disk may leave the mark created but empty: nothing else was written, so take it away again
            try {
                Files.deleteIfExists(mark);
            } catch (IOException other) {
                e.addSuppressed(other);
            }
            throw e;
        }
    }

    /** Whether a build began and did not finish. */
    public static boolean interrupted(StoreLayout layout) {
        return Files.exists(layout.root().resolve(IN_PROGRESS));
    }

    /**
     * The fingerprint recorded by the last complete build of the store, if it is still whole: empty when there
     * is none, when a later build was interrupted, or when the text index is gone.
     */
    public static Optional<String> read(StoreLayout layout) throws IOException {
        if (!built(layout) || interrupted(layout) || !Files.isDirectory(layout.textIndex())) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(layout.stamp(), StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        return Optional.ofNullable(properties.getProperty(FINGERPRINT));
    }

    /** Records a complete build; the file is written under a temporary name and moved into place. */
    public static void write(StoreLayout layout, String fingerprint, BuildSummary summary) throws IOException {
        Properties properties = new Properties();
        properties.setProperty(FINGERPRINT, fingerprint);
        properties.setProperty("articles", Long.toString(summary.articles()));
        properties.setProperty("facts", Long.toString(summary.facts()));
        properties.setProperty("triples", Long.toString(summary.triples()));
        Path temp = layout.stamp().resolveSibling(layout.stamp().getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
            properties.store(out, "vn-diplomacy-kg: the last complete build of this store");
        }
        Files.move(temp, layout.stamp(), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Files.deleteIfExists(layout.root().resolve(IN_PROGRESS));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
