package org.vndiplomacy.kg.validate;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Sorts more lines than the heap should hold: lines are kept in memory up to a budget of characters, then written
 * as a sorted run to a temporary file; {@link #sorted()} merges the runs and what is still in memory, and may be
 * called again for another pass. Lines are compared as strings and must not contain a line break. Closing deletes
 * the runs.
 */
public final class LineSorter implements AutoCloseable {

    /** The default budget: about 16 MB of heap for lines of Vietnamese text. */
    public static final long DEFAULT_BUDGET = 4_000_000;

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

    /**
     * One line of fields separated by tabs; a backslash, tab, line feed or carriage return in a field is escaped
     * ({@code \\}, {@code \t}, {@code \n}, {@code \r}), so {@link #split} gives the fields back.
     */
    public static String join(String... fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                line.append('\t');
            }
            String field = fields[i];
            for (int j = 0; j < field.length(); j++) {
                char c = field.charAt(j);
                switch (c) {
                    case '\\' -> line.append("\\\\");
                    case '\t' -> line.append("\\t");
                    case '\n' -> line.append("\\n");
                    case '\r' -> line.append("\\r");
                    default -> line.append(c);
                }
            }
        }
        return line.toString();
    }

    /** The fields of a line that {@link #join} made. */
    public static List<String> split(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                field.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
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

    private Path newRun() {
        try {
            if (dir == null) {
                dir = Files.createTempDirectory("vnkg-sort-");
            }
            return Files.createTempFile(dir, "run-", ".txt");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
