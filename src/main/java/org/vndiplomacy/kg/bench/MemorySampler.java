package org.vndiplomacy.kg.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * Samples a server's memory at a fixed interval while a load runs: its resident set size ({@code VmRSS}) and, when
 * the server's JVM could be attached to, the heap it uses after a full GC ({@link ServerHeap}). The forced GC pauses
 * the server (tens of milliseconds on the seed store); those pauses are in the latencies the load measures.
 */
final class MemorySampler implements AutoCloseable {

    /**
     * One sample: seconds after the start, RSS in KiB with its anonymous and file-backed parts, heap after GC in
     * bytes (-1 when not known).
     */
    record Sample(double atSeconds, long rssKib, long anonKib, long fileKib, long heapBytes) {
    }

    private final long pid;
    private final ServerHeap heap;
    private final long intervalMillis;
    private final long start;
    private final List<Sample> samples = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    /** Starts sampling now, every {@code intervalMillis}; {@code heap} may be null (RSS only). */
    MemorySampler(long pid, ServerHeap heap, long intervalMillis) {
        this.pid = pid;
        this.heap = heap;
        this.intervalMillis = intervalMillis;
        this.start = System.nanoTime();
        this.thread = new Thread(this::loop, "memory-" + pid);
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        for (long next = start; running; ) {
            sample();
            next += intervalMillis * 1_000_000L;
            long wait = (next - System.nanoTime()) / 1_000_000L;
            if (wait > 0) {
                try {
                    Thread.sleep(wait);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }
    }

    private void sample() {
        long bytes = -1;
        if (heap != null) {
            try {
                bytes = heap.usedAfterGc();
            } catch (RuntimeException e) {
                bytes = -1;
            }
        }
        double at = (System.nanoTime() - start) / 1e9;
        ProcStatus.Rss rss = ProcStatus.rss(pid).orElse(new ProcStatus.Rss(-1, -1, -1));
        synchronized (samples) {
            samples.add(new Sample(at, rss.totalKib(), rss.anonKib(), rss.fileKib(), bytes));
        }
    }

    /** Stops sampling after one last sample, and returns them all. */
    List<Sample> stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        sample();
        synchronized (samples) {
            return List.copyOf(samples);
        }
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
