package org.vndiplomacy.kg.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Samples a server's memory at a fixed interval while a load runs: its resident set size ({@code VmRSS}, with its
 * anonymous and file-backed parts) and, when the server's JVM could be attached to, the heap it uses after a full GC
 * and the heap it has committed ({@link ServerHeap}). The forced GC pauses the server (tens of milliseconds on the
 * seed store); those pauses are in the latencies the load measures.
 */
final class MemorySampler implements AutoCloseable {

    /**
     * One sample: seconds after the start; RSS in KiB with its anonymous and file-backed parts; heap in use after a
     * full GC and heap committed, in bytes. A figure not known is -1.
     */
    record Sample(double atSeconds, long rssKib, long anonKib, long fileKib, long heapBytes, long committedBytes) {

        /** The anonymous memory outside the committed heap, in bytes; -1 when either is not known. */
        long outsideHeapBytes() {
            return anonKib < 0 || committedBytes < 0 ? -1 : Math.max(0, anonKib * 1024 - committedBytes);
        }
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
            Sample sample = read(pid, heap, (System.nanoTime() - start) / 1e9);
            synchronized (samples) {
                samples.add(sample);
            }
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

    /** Bytes in MiB with one decimal, for the tables of samples; empty when not known (negative). */
    static String mib(long bytes) {
        return bytes < 0 ? "" : String.format(Locale.ROOT, "%.1f", bytes / 1048576.0);
    }

    /** KiB (as {@code /proc} gives them) in MiB, as {@link #mib} writes them. */
    static String mibOfKib(long kib) {
        return mib(kib < 0 ? -1 : kib * 1024);
    }

    /** One sample of process {@code pid} now, stamped {@code atSeconds}; {@code heap} may be null (RSS only). */
    static Sample read(long pid, ServerHeap heap, double atSeconds) {
        long used = -1;
        long committed = -1;
        if (heap != null) {
            try {
                used = heap.usedAfterGc();
                committed = heap.committed();
            } catch (RuntimeException e) {
                used = -1;
                committed = -1;
            }
        }
        ProcStatus.Rss rss = ProcStatus.rss(pid).orElse(new ProcStatus.Rss(-1, -1, -1));
        return new Sample(atSeconds, rss.totalKib(), rss.anonKib(), rss.fileKib(), used, committed);
    }

    /** Stops sampling, and returns the samples. */
    List<Sample> stop() {
        close();
        try {
            thread.join(60_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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
