package org.vndiplomacy.kg.bench;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Line-level work on N-Quads files, without parsing them: one statement per line, as every writer here writes them.
 * Counts statements (all, and distinct by a 64-bit hash of the line) and cuts a file into parts for parallel loaders.
 */
final class NQuadsFiles {

    private static final int BUFFER = 1 << 20;
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    /** The lines and distinct lines of a file. */
    record Count(long lines, long distinct) {
    }

    private NQuadsFiles() {
    }

    /** Non-blank lines that are not comments, and how many of them differ (by FNV-1a 64 of the line). */
    static Count count(Path file) throws IOException {
        LineHashes hashes = new LineHashes();
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[BUFFER];
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                for (int i = 0; i < read; i++) {
                    hashes.add(buffer[i]);
                }
            }
        }
        hashes.add((byte) '\n');
        return new Count(hashes.n, distinct(hashes.values, hashes.n));
    }

    /** The hash of each line, fed a byte at a time. */
    private static final class LineHashes {

        private long[] values = new long[1 << 16];
        private int n;
        private long hash = FNV_OFFSET;
        private int length;
        private boolean comment;

        void add(byte b) {
            if (b == '\n') {
                if (length > 0 && !comment) {
                    if (n == values.length) {
                        values = Arrays.copyOf(values, n * 2);
                    }
                    values[n++] = hash;
                }
                hash = FNV_OFFSET;
                length = 0;
                comment = false;
            } else if (b != '\r' && !(length == 0 && (b == ' ' || b == '\t'))) {
                comment |= length == 0 && b == '#';
                hash = (hash ^ (b & 0xff)) * FNV_PRIME;
                length++;
            }
        }
    }

    private static long distinct(long[] hashes, int n) {
        Arrays.sort(hashes, 0, n);
        long distinct = 0;
        for (int i = 0; i < n; i++) {
            if (i == 0 || hashes[i] != hashes[i - 1]) {
                distinct++;
            }
        }
        return distinct;
    }

    /** Cuts a file into {@code parts} files of consecutive lines ({@code part-1.nq} ...) in a folder. */
    static List<Path> split(Path file, Path folder, int parts) throws IOException {
        if (parts < 1) {
            throw new IllegalArgumentException("parts must be at least 1, got " + parts);
        }
        long lines = count(file).lines();
        long perPart = Math.max(1, (lines + parts - 1) / parts);
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), BUFFER)) {
            for (int part = 1; part <= parts; part++) {
                Path target = folder.resolve("part-" + part + ".nq");
                written.add(target);
                try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(target), BUFFER)) {
                    copyLines(in, out, part == parts ? Long.MAX_VALUE : perPart);
                }
            }
        }
        return written;
    }

    private static void copyLines(InputStream in, OutputStream out, long lines) throws IOException {
        long copied = 0;
        for (int b = in.read(); b != -1 && copied < lines; b = copied < lines ? in.read() : -1) {
            out.write(b);
            if (b == '\n') {
                copied++;
            }
        }
    }
}
