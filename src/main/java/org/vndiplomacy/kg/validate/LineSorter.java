package org.vndiplomacy.kg.validate;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.UserPrincipal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Sorts more lines than the heap should hold: lines are kept in memory up to a budget of characters, then written
 * as a sorted run to a temporary file; {@link #sorted()} merges the runs and what is still in memory, and may be
 * called again for another pass. Lines are compared as strings and must not contain a line break. Closing deletes
 * the runs; the runs of a process that was killed are deleted by the next process that spills.
 */
public final class LineSorter implements AutoCloseable {

    /** The default budget: about 16 MB of heap for lines of Vietnamese text. */
    public static final long DEFAULT_BUDGET = 4_000_000;

    /**
     * The budget for the build's lists of one line per article or per file (article records, file names, keys,
     * graph names): about 4 MB of heap each, so that they leave memory long before they grow with the corpus.
     */
    public static final long LIST_BUDGET = 1_000_000;

    /** The start of a sorter's temporary folder's name; the process id follows, then a dash. */
    static final String DIR_PREFIX = "vnkg-sort-p";

    /** How long a folder of an ended process is left before it is deleted. */
    private static final Duration STALE_AGE = Duration.ofHours(24);

    /** Whether this process has removed the folders that ended processes left behind (done once). */
    private static final AtomicBoolean SWEPT = new AtomicBoolean();

    /** How many runs one merge reads at once. */
    private static final int MERGE_WIDTH = 64;

    private final long budget;
    private final List<String> buffer = new ArrayList<>();
    private final List<Path> runs = new ArrayList<>();
    private Path dir;
    private long buffered;
    private long lines;
    private boolean sorting;

    /** A sorter that spills to the system's temporary folder beyond {@code budget} characters. */
    public LineSorter(long budget) {
        if (budget < 1) {
            throw new IllegalArgumentException("budget must be positive: " + budget);
        }
        this.budget = budget;
    }

    public LineSorter() {
        this(DEFAULT_BUDGET);
    }

    public void add(String line) {
        if (sorting) {
            throw new IllegalStateException("lines were added after sorting began");
        }
        buffer.add(line);
        buffered += line.length() + 16;
        lines++;
        if (buffered >= budget) {
            spill();
        }
    }

    /** How many lines were added. */
    public long size() {
        return lines;
    }

    /** Whether the lines went to disk (more than the budget). */
    public boolean spilled() {
        return !runs.isEmpty();
    }

    /** Every line added, in order (duplicates kept); close the stream when done. */
    public Stream<String> sorted() {
        sorting = true;
        touch();
        buffer.sort(null);
        while (runs.size() > MERGE_WIDTH) {
            List<Path> group = new ArrayList<>(runs.subList(0, MERGE_WIDTH));
            Path merged = newRun();
            try (Stream<String> lines = merge(group, List.of()); BufferedWriter out = Files.newBufferedWriter(merged,
                    StandardCharsets.UTF_8)) {
                for (Iterator<String> it = lines.iterator(); it.hasNext(); ) {
                    out.write(it.next());
                    out.write('\n');
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            group.forEach(LineSorter::delete);
            runs.subList(0, MERGE_WIDTH).clear();
            runs.add(merged);
        }
        return merge(runs, buffer);
    }

    @Override
    public void close() {
        runs.forEach(LineSorter::delete);
        runs.clear();
        buffer.clear();
        if (dir != null) {
            delete(dir);
            dir = null;
        }
    }

    private void spill() {
        buffer.sort(null);
        Path run = newRun();
        try (BufferedWriter out = Files.newBufferedWriter(run, StandardCharsets.UTF_8)) {
            for (String line : buffer) {
                out.write(line);
                out.write('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        runs.add(run);
        buffer.clear();
        buffered = 0;
    }

    /** Marks the folder as in use, for {@link #removeStale} in other processes. */
    private void touch() {
        if (dir != null) {
            try {
                Files.setLastModifiedTime(dir, FileTime.from(Instant.now()));
            } catch (IOException e) {
                // the runs are still read; another process may take the folder for a stale one only after a day
            }
        }
    }

    private Path newRun() {
        try {
            if (dir == null) {
                Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
                if (SWEPT.compareAndSet(false, true)) {
                    removeStale(tmp, STALE_AGE);
                }
                dir = Files.createTempDirectory(tmp, DIR_PREFIX + ProcessHandle.current().pid() + "-");
            }
            return Files.createTempFile(dir, "run-", ".txt");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Deletes the folders that sorters of processes no longer running left in {@code tmp} (a build that was killed
     * cannot delete its runs), if unchanged for {@code age} (a process id that this one cannot see, in another
     * container sharing the folder, looks ended; a sorter touches its folder whenever it is read); returns how many.
     * Only real folders (not links) of this user are touched, and in them only the files named as runs: a folder
     * that holds anything else is left.
     */
    static int removeStale(Path tmp, Duration age) {
        int removed = 0;
        try (DirectoryStream<Path> folders = Files.newDirectoryStream(tmp, DIR_PREFIX + "*")) {
            UserPrincipal me = tmp.getFileSystem().getUserPrincipalLookupService()
                    .lookupPrincipalByName(System.getProperty("user.name"));
            for (Path folder : folders) {
                if (stale(folder, age, me) && deleteRuns(folder)) {
                    removed++;
                }
            }
        } catch (IOException | UnsupportedOperationException e) {
            // the temporary folder cannot be listed, or its owners not known: nothing is cleaned
        }
        return removed;
    }

    private static boolean stale(Path folder, Duration age, UserPrincipal me) {
        String rest = folder.getFileName().toString().substring(DIR_PREFIX.length());
        int dash = rest.indexOf('-');
        long pid;
        try {
            pid = Long.parseLong(dash < 0 ? rest : rest.substring(0, dash));
            if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)
                    || !me.equals(Files.getOwner(folder, LinkOption.NOFOLLOW_LINKS))) {
                return false;
            }
            return !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false) && Files.getLastModifiedTime(
                    folder, LinkOption.NOFOLLOW_LINKS).toInstant().plus(age).isBefore(Instant.now());
        } catch (NumberFormatException | IOException e) {
            return false;
        }
    }

    /** Deletes the runs of a folder, then the folder; whether it is gone. */
    private static boolean deleteRuns(Path folder) {
        try (DirectoryStream<Path> runs = Files.newDirectoryStream(folder, "run-*.txt")) {
            for (Path run : runs) {
                if (Files.isRegularFile(run, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(run);
                }
            }
            Files.deleteIfExists(folder);
            return true;
        } catch (IOException e) {
            // gone already, or it holds something else: left
            return false;
        }
    }

    private static Stream<String> merge(List<Path> files, List<String> memory) {
        List<Source> sources = new ArrayList<>();
        PriorityQueue<Source> queue = new PriorityQueue<>((a, b) -> a.head.compareTo(b.head));
        try {
            for (Path file : files) {
                BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                sources.add(new Source(reader.lines().iterator(), reader));
            }
        } catch (IOException e) {
            sources.forEach(Source::close);
            throw new UncheckedIOException(e);
        }
        sources.add(new Source(memory.iterator(), null));
        for (Source source : sources) {
            if (source.advance()) {
                queue.add(source);
            }
        }
        Iterator<String> merged = new Iterator<>() {
            @Override
            public boolean hasNext() {
                return !queue.isEmpty();
            }

            @Override
            public String next() {
                Source source = queue.poll();
                if (source == null) {
                    throw new NoSuchElementException();
                }
                String line = source.head;
                if (source.advance()) {
                    queue.add(source);
                }
                return line;
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(merged, Spliterator.ORDERED), false)
                .onClose(() -> sources.forEach(Source::close));
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One sorted input of a merge and its current line. */
    private static final class Source {
        private final Iterator<String> lines;
        private final AutoCloseable closer;
        private String head;

        Source(Iterator<String> lines, AutoCloseable closer) {
            this.lines = lines;
            this.closer = closer;
        }

        boolean advance() {
            head = lines.hasNext() ? lines.next() : null;
            return head != null;
        }

        void close() {
            try {
                if (closer != null) {
                    closer.close();
                }
            } catch (Exception e) {
                throw new IllegalStateException("cannot close a sorted run", e);
            }
        }
    }
}
