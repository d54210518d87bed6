package org.vndiplomacy.kg.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * What a benchmark run does: the corpus (articles, seed), the serving load (seconds per level, the levels of
 * concurrency, the runs of each query on its own, the query time limit), where it works and finds the tools, and
 * which parts it skips ({@code rml}, {@code riot}, {@code tdbloader}, {@code virtuoso}, {@code serving}), and the
 * heap limit of every JVM it starts ({@code -Xmx}; null for the JVM's default), and how long one command may run.
 */
public record BenchSettings(int articles, long seed, Duration duration, List<Integer> clients, int runsPerQuery,
        int queryTimeoutSeconds, Path root, Path work, Path tools, Path jar, Path output, List<String> tdbLoaders,
        int virtuosoLoaders, int virtuosoBuffers, Set<String> skip, String javaBinary, String heap,
        Duration stepTimeout) {

    static final Set<String> PARTS = Set.of("rml", "riot", "tdbloader", "virtuoso", "serving");

    public BenchSettings {
        clients = List.copyOf(clients);
        tdbLoaders = List.copyOf(tdbLoaders);
        skip = Set.copyOf(skip);
        if (articles < 1) {
            throw new IllegalArgumentException("--articles: expected at least 1, got " + articles);
        }
        if (clients.isEmpty() || clients.stream().anyMatch(c -> c < 1)) {
            throw new IllegalArgumentException("--clients: expected numbers of 1 or more, got " + clients);
        }
        if (heap != null && !heap.matches("[0-9]+[kKmMgG]?")) {
            throw new IllegalArgumentException("--heap: expected a size such as 8g, got '" + heap + "'");
        }
        for (String part : skip) {
            if (!PARTS.contains(part)) {
                throw new IllegalArgumentException("--skip: unknown part '" + part + "' (known: " + PARTS + ")");
            }
        }
    }

    boolean runs(String part) {
        return !skip.contains(part);
    }

    Path jena() {
        return tools.resolve("apache-jena-5.6.0");
    }

    Path rmlmapper() {
        return tools.resolve("rmlmapper/rmlmapper.jar");
    }

    Path corpus() {
        return work.resolve("corpus");
    }

    Path ourQuads() {
        return work.resolve("ours.nq");
    }

    Path ourStore() {
        return work.resolve("db-ours");
    }

    Path logs() {
        return work.resolve("logs");
    }

    /** {@code java -jar target/vn-diplomacy-kg.jar ARGS}: a command of the project, run as a black box. */
    Command project(Object... args) {
        Object[] all = new Object[args.length + 2];
        all[0] = "-jar";
        all[1] = jar;
        System.arraycopy(args, 0, all, 2, args.length);
        return java(all);
    }

    /** {@code java [-Xmx...] ARGS}. */
    Command java(Object... args) {
        List<Object> all = new java.util.ArrayList<>();
        all.add(javaBinary);
        if (heap != null) {
            all.add("-Xmx" + heap);
        }
        all.addAll(List.of(args));
        return Command.of(all.toArray());
    }

    /** A script of the Jena distribution, its JVM given the same heap limit through {@code JVM_ARGS}. */
    Command jena(String script, Object... args) {
        Object[] all = new Object[args.length + 1];
        all[0] = jena().resolve("bin").resolve(script);
        System.arraycopy(args, 0, all, 1, args.length);
        Command command = Command.of(all);
        return heap == null ? command : command.withEnv("JVM_ARGS", "-Xmx" + heap);
    }
}
