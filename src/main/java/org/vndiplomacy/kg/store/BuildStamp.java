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
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The record of the last complete build, written last (after the store and the text index are committed): the
 * fingerprint of the inputs it was built from. The store is stale when the stamp is missing or the inputs'
 * fingerprint has changed since.
 */
public final class BuildStamp {

    private static final String FINGERPRINT = "inputs.sha256";

    private BuildStamp() {
    }

    /**
     * The fingerprint of input folders: a SHA-256 over every regular file's path (relative to its folder), size
     * and modification time, in sorted order. Editing, adding or deleting a file changes it.
     */
    public static String fingerprint(List<Path> folders) throws IOException {
        MessageDigest digest = sha256();
        for (Path folder : folders) {
            digest.update(("folder " + folder.getFileName() + "\n").getBytes(StandardCharsets.UTF_8));
            if (!Files.isDirectory(folder)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> walk = Files.walk(folder)) {
                files = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : files) {
                String line = folder.relativize(file).toString().replace('\\', '/') + " " + Files.size(file) + " "
                        + Files.getLastModifiedTime(file).toMillis() + "\n";
                digest.update(line.getBytes(StandardCharsets.UTF_8));
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The fingerprint recorded by the last complete build of the store, if any. */
    public static Optional<String> read(StoreLayout layout) throws IOException {
        if (!Files.isRegularFile(layout.stamp()) || !Files.isDirectory(layout.database())) {
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
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
