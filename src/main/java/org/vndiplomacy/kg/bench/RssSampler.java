package org.vndiplomacy.kg.bench;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the peak RSS of a process and of its descendants (a shell script's JVM) every 100 ms, from their
 * {@code VmHWM}: the highest peak of any one of them. VmHWM only grows, so a sample misses at most the growth of the
 * last 100 ms of a process.
 */
final class RssSampler implements AutoCloseable {

    private static final long PERIOD_MS = 100;

    private final ProcessHandle process;
    private final AtomicLong peakKib = new AtomicLong();
    private final Thread thread;
    private volatile boolean running = true;

    RssSampler(ProcessHandle process) {
        this.process = process;
        this.thread = new Thread(this::loop, "rss-" + process.pid());
        thread.setDaemon(true);
        thread.start();
    }

    private void loop() {
        while (running) {
            sample();
            try {
                Thread.sleep(PERIOD_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Takes one sample now; also called by the owner just before it stops a server. */
    void sample() {
        record(process.pid());
        process.descendants().forEach(child -> record(child.pid()));
    }

    private void record(long pid) {
        ProcStatus.peakRssKib(pid).ifPresent(kib -> peakKib.accumulateAndGet(kib, Math::max));
    }

    /** The highest VmHWM seen so far, in KiB (0 when none could be read). */
    long peakKib() {
        return peakKib.get();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
