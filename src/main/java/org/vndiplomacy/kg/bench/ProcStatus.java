package org.vndiplomacy.kg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resident set size of a process, from Linux's {@code /proc/PID/status}: the peak ({@code VmHWM}), the current
 * one ({@code VmRSS}) and its two main parts: anonymous memory ({@code RssAnon}: the heap, the JVM's own native
 * memory, thread stacks) and pages of mapped files ({@code RssFile}: the JDK's libraries and TDB2's memory-mapped
 * store files, which are the kernel's page cache, shared and given back under pressure).
 */
final class ProcStatus {

    private static final Pattern HWM = field("VmHWM");
    private static final Pattern RSS = field("VmRSS");
    private static final Pattern ANON = field("RssAnon");
    private static final Pattern FILE = field("RssFile");
    private static final Pattern CAUGHT = Pattern.compile("(?m)^SigCgt:\\s+([0-9a-fA-F]+)\\s*$");

    /** The current RSS and its anonymous and file-backed parts, in KiB. */
    record Rss(long totalKib, long anonKib, long fileKib) {
    }

    private ProcStatus() {
    }

    private static Pattern field(String name) {
        return Pattern.compile("(?m)^" + name + ":\\s+(\\d+)\\s+kB\\s*$");
    }

    /** The peak RSS in KiB that a status text states; empty when it has none (a zombie, or not Linux). */
    static OptionalLong peakRssKib(String statusText) {
        return kib(HWM, statusText);
    }

    /**
     * The current RSS and its parts that a status text states; a part it does not state (kernels before 4.5) is -1;
     * empty when it states no RSS.
     */
    static Optional<Rss> rss(String statusText) {
        OptionalLong total = kib(RSS, statusText);
        if (total.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Rss(total.getAsLong(), kib(ANON, statusText).orElse(-1),
                kib(FILE, statusText).orElse(-1)));
    }

    /** The mask of the signals a status text says the process catches ({@code SigCgt}); empty when it has none. */
    static OptionalLong caughtSignals(String statusText) {
        Matcher matcher = CAUGHT.matcher(statusText);
        return matcher.find() ? OptionalLong.of(Long.parseUnsignedLong(matcher.group(1), 16)) : OptionalLong.empty();
    }

    /** The mask of the signals a running process catches; empty when it is gone or the file cannot be read. */
    static OptionalLong caughtSignals(long pid) {
        return caughtSignals(status(pid));
    }

    /** The current RSS and its parts of a running process; empty when it is gone or the file cannot be read. */
    static Optional<Rss> rss(long pid) {
        return rss(status(pid));
    }

    /** The peak RSS in KiB of a running process; empty when it is gone or the file cannot be read. */
    static OptionalLong peakRssKib(long pid) {
        return peakRssKib(status(pid));
    }

    private static OptionalLong kib(Pattern field, String statusText) {
        Matcher matcher = field.matcher(statusText);
        return matcher.find() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }

    private static String status(long pid) {
        try {
            return Files.readString(Path.of("/proc", Long.toString(pid), "status"));
        } catch (IOException | RuntimeException e) {
            return "";
        }
    }
}
