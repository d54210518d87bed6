package org.vndiplomacy.kg.store;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.GZIPOutputStream;

/**
 * One dump file being written: gzipped, its SHA-256 taken as it is written, under a temporary name that
 * {@link #finish} moves into place; closed before that, it deletes what it wrote.
 */
final class DumpFile implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final String mediaType;
    private final MessageDigest digest = sha256();
    private final OutputStream out;
    private boolean done;

    DumpFile(Path folder, String name, String mediaType) throws IOException {
        this.target = folder.resolve(name);
        this.temp = folder.resolve("." + name + ".tmp");
        this.mediaType = mediaType;
        OutputStream file = Files.newOutputStream(temp);
        try {
            out = new BufferedOutputStream(new GZIPOutputStream(new DigestOutputStream(file, digest), 1 << 16),
                    1 << 16);
        } catch (IOException | RuntimeException e) {
            file.close();
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** Where the content goes (uncompressed). */
    OutputStream out() {
        return out;
    }

    /** Ends the file and moves it into place. */
    DumpWriter.Dump finish() throws IOException {
        done = true;
        try {
            out.close();
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
        return new DumpWriter.Dump(target.getFileName().toString(), mediaType, Files.size(target),
                HexFormat.of().formatHex(digest.digest()));
    }

    /** Deletes the file unless {@link #finish} moved it into place. */
    @Override
    public void close() throws IOException {
        if (done) {
            return;
        }
        done = true;
        try {
            out.close();
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
