package org.vndiplomacy.kg.bench;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What a load test does: the project folder (with {@code queries/}), the command line that runs the project's
 * commands ({@code java [-Xmx...] -cp ... MainCommand}), the options that name the store and its inputs (given to
 * {@code build} and {@code serve}), whether to build first, the clients, the time, the seed of their draws, the host
 * they connect to (the loopback only), the server's query timeout (null: its configuration's) and the folder for the
 * logs.
 */
public record LoadTestSettings(Path root, List<String> project, List<String> storeOptions, boolean buildFirst,
        int clients, Duration duration, long seed, String host, Integer queryTimeoutSeconds, Path work) {

    /** At most this many clients and this long a run: a load test is bounded. */
    public static final int MAX_CLIENTS = 64;
    public static final Duration MAX_DURATION = Duration.ofHours(1);

    public LoadTestSettings {
        project = List.copyOf(project);
        storeOptions = List.copyOf(storeOptions);
        if (clients < 1 || clients > MAX_CLIENTS) {
            throw new IllegalArgumentException("--clients: expected 1 to " + MAX_CLIENTS + ", got " + clients);
        }
        if (duration.toSeconds() < 1 || duration.compareTo(MAX_DURATION) > 0) {
            throw new IllegalArgumentException("--duration: expected 1 to " + MAX_DURATION.toSeconds()
                    + " seconds, got " + duration.toSeconds());
        }
        if (queryTimeoutSeconds != null && queryTimeoutSeconds < 1) {
            throw new IllegalArgumentException("--query-timeout: expected a positive number of seconds, got "
                    + queryTimeoutSeconds);
        }
        LoadTarget.base(host, 1);
    }

    /** How long a client waits for an answer: the server's query timeout (30 s by default) and 10 s more. */
    Duration clientTimeout() {
        return Duration.ofSeconds((queryTimeoutSeconds == null ? 30 : queryTimeoutSeconds) + 10L);
    }

    /**
     * Samples of memory every sixtieth of the run (every 10 s of a 10-minute run), at most every 2 s: each sample is a
     * full GC of the server, whose pause the latencies measured include.
     */
    long sampleIntervalMillis() {
        return Math.max(2000, duration.toMillis() / 60);
    }

    Command command(String name, Object... more) {
        List<Object> args = new java.util.ArrayList<>(project);
        args.add(name);
        args.addAll(storeOptions);
        args.addAll(List.of(more));
        return Command.of(args.toArray());
    }
}
