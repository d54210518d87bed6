package org.vndiplomacy.kg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

/**
 * Runs a {@link Command} in the project folder, its output (stdout and stderr) into a log file, and measures it:
 * wall-clock time from start to exit (the JVM's start included) and peak RSS from {@code /proc}.
 */
final class ChildProcess implements AutoCloseable {

    /** What a finished command cost, and where its output is. */
    record Result(double seconds, long peakRssKib, int exitCode, Path log) {

        boolean ok() {
            return exitCode == 0;
        }

        double peakRssMib() {
            return peakRssKib / 1024.0;
        }
    }

    private final Process process;
    private final RssSampler sampler;
    private final Path log;
    private final long startNanos;
    private final Thread stopOnExit;

    private ChildProcess(Process process, Path log, long startNanos) {
        this.process = process;
        this.sampler = new RssSampler(process.toHandle());
        this.log = log;
        this.startNanos = startNanos;
        // a JVM that ends (SIGTERM, Ctrl-C, System.exit) before close() stops its child too, so that no server is
        // left running without its load test; SIGKILL runs no hook, and leaves it
        this.stopOnExit = new Thread(this::stop, "stop-child-" + process.pid());
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    /** Starts a command (a server, say) and leaves it running; {@link #close()} stops it. */
    static ChildProcess start(Command command, Path root, Path log) throws IOException {
        Files.createDirectories(log.toAbsolutePath().getParent());
        ProcessBuilder builder = new ProcessBuilder(command.args()).directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(command.env());
        long start = System.nanoTime();
        return new ChildProcess(builder.start(), log, start);
    }

    /** Exit code of a command stopped because it ran longer than it was allowed. */
    static final int TIMED_OUT = -1;

    /** Runs a command to its end. */
    static Result run(Command command, Path root, Path log) throws IOException {
        return run(command, root, log, Duration.ofDays(1));
    }

    /** Runs a command to its end, or stops it after {@code limit} (exit code {@link #TIMED_OUT}). */
    static Result run(Command command, Path root, Path log, Duration limit) throws IOException {
        try (ChildProcess child = start(command, root, log)) {
            return child.waitFor(limit);
        }
    }

    Result waitFor() throws IOException {
        return waitFor(Duration.ofDays(1));
    }

    Result waitFor(Duration limit) throws IOException {
        try {
            int code = process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS) ? process.exitValue() : TIMED_OUT;
            double seconds = (System.nanoTime() - startNanos) / 1e9;
            long peak = sampler.peakKib();
            if (code == TIMED_OUT) {
                close();
                Files.writeString(log, "\nbench: stopped after " + limit.toSeconds() + " s (--step-timeout)\n",
                        java.nio.file.StandardOpenOption.APPEND);
            }
            return new Result(seconds, peak, code, log);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for " + process.info().command().orElse("a command"), e);
        }
    }

    /**
     * Waits until {@code uri} answers HTTP 200 (a server is up); an I/O error when the process stops first or
     * {@code limit} passes, which then stops it.
     */
    void awaitOk(java.net.URI uri, Duration limit) throws IOException, InterruptedException {
        java.net.http.HttpClient http = java.net.http.HttpClient.newHttpClient();
        java.net.http.HttpRequest ping = java.net.http.HttpRequest.newBuilder(uri)
                .timeout(Duration.ofSeconds(10)).build();
        for (long deadline = System.nanoTime() + limit.toNanos(); System.nanoTime() < deadline; ) {
            if (!alive()) {
                throw new IOException(process.info().command().orElse("the server") + " stopped (exit code "
                        + process.exitValue() + "): " + tail(5));
            }
            try {
                if (http.send(ping, java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        close();
        throw new IOException(uri + " did not answer within " + limit.toSeconds() + " s: " + tail(5));
    }

    /** The last lines of the log, joined by " | ". */
    String tail(int lines) {
        try {
            java.util.List<String> all = Files.readAllLines(log, java.nio.charset.StandardCharsets.UTF_8);
            return String.join(" | ", all.subList(Math.max(0, all.size() - lines), all.size())).strip();
        } catch (IOException | RuntimeException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    boolean alive() {
        return process.isAlive();
    }

    long pid() {
        return process.pid();
    }

    /** The highest peak RSS seen so far, sampled now. */
    long peakRssKib() {
        sampler.sample();
        return sampler.peakKib();
    }

    Path log() {
        return log;
    }

    /** Stops the process if it still runs: SIGTERM, then SIGKILL after 30 s. */
    @Override
    public void close() {
        sampler.close();
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook runs, or has run, and stops the process
        }
        stop();
    }

    private void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }
}
