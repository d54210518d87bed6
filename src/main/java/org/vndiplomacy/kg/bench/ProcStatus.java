package org.vndiplomacy.kg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The resident set size of a process, from Linux's {@code /proc/PID/status}: the peak ({@code VmHWM}) and the
 * current one ({@code VmRSS}).
 */
final class ProcStatus {

    private static final Pattern HWM = field("VmHWM");
    private static final Pattern RSS = field("VmRSS");

    private ProcStatus() {
    }

    private static Pattern field(String name) {
        return Pattern.compile("(?m)^" + name + ":\\s+(\\d+)\\s+kB\\s*$");
    }

    /** The peak RSS in KiB that a status text states; empty when it has none (a zombie, or not Linux). */
    static OptionalLong peakRssKib(String statusText) {
        return kib(HWM, statusText);
    }

    /** The current RSS in KiB that a status text states; empty when it has none. */
    static OptionalLong rssKib(String statusText) {
        return kib(RSS, statusText);
    }

    /** The peak RSS in KiB of a running process; empty when it is gone or the file cannot be read. */
    static OptionalLong peakRssKib(long pid) {
        return peakRssKib(status(pid));
    }

    /** The current RSS in KiB of a running process; empty when it is gone or the file cannot be read. */
    static OptionalLong rssKib(long pid) {
        return rssKib(status(pid));
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
