package org.vndiplomacy.kg.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.vndiplomacy.kg.store.BuildStamp;
import org.vndiplomacy.kg.store.DumpWriter;
import org.vndiplomacy.kg.store.StoreLayout;

/**
 * The files of a store that a build replaces whole, read without opening the store: the stamp (its bytes' SHA-256
 * and its properties), the mark of an unfinished build, every file of the dumps folder by SHA-256 (temporary ones
 * included) and the manifest's entries, and the text index's commit point (its newest {@code segments_N} file).
 */
record StoreFiles(String stamp, Map<String, String> stampProperties, boolean marked, Map<String, String> dumps,
        Optional<DumpWriter.Dumps> manifest, String indexCommit, List<String> temporary) {

    static StoreFiles read(Path db) throws IOException {
        StoreLayout layout = new StoreLayout(db);
        Map<String, String> properties = new TreeMap<>();
        String stamp = "none";
        if (Files.isRegularFile(layout.stamp())) {
            stamp = sha256(layout.stamp());
            Properties p = new Properties();
            try (Reader in = Files.newBufferedReader(layout.stamp(), StandardCharsets.UTF_8)) {
                p.load(in);
            }
            p.stringPropertyNames().forEach(name -> properties.put(name, p.getProperty(name)));
        }
        Map<String, String> dumps = new TreeMap<>();
        List<String> temporary = new ArrayList<>();
        if (Files.isDirectory(layout.dumps())) {
            try (Stream<Path> files = Files.list(layout.dumps())) {
                for (Path file : files.sorted().toList()) {
                    String name = file.getFileName().toString();
                    if (name.startsWith(".") && name.endsWith(".tmp")) {
                        temporary.add(name);
                    } else {
                        dumps.put(name, sha256(file));
                    }
                }
            }
        }
        String commit = "none";
        try (Stream<Path> files = Files.list(layout.textIndex())) {
            commit = files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith("segments_"))
                    .max((a, b) -> Long.compare(generation(a), generation(b))).orElse("none");
        }
        return new StoreFiles(stamp, properties, BuildStamp.interrupted(layout), dumps,
                DumpWriter.read(layout.dumps()), commit, List.copyOf(temporary));
    }

    /**
     * The manifest's files as {@link #manifestFiles}, but the TriG dump by name and type only: its bytes follow the
     * order in which the build wrote the graphs (a build that completes an interrupted store writes them all from
     * the store), while the N-Quads dump is sorted and the same bytes whatever the order.
     */
    Object manifestFilesTrigByName() {
        return manifest.map(m -> m.files().stream().map(d -> d.file().endsWith(".trig.gz")
                ? (Object) List.of(d.file(), d.mediaType()) : d).toList()).orElse(null);
    }

    /** The manifest's files (name, type, size, checksum), without its version (which holds the day). */
    Object manifestFiles() {
        return manifest.map(DumpWriter.Dumps::files).orElse(null);
    }

    private static long generation(String segments) {
        return Long.parseLong(segments.substring("segments_".length()), Character.MAX_RADIX);
    }

    static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
