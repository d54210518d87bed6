package org.vndiplomacy.kg.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The peak resident set size of a process, from the {@code VmHWM} line of Linux's {@code /proc/PID/status}. */
final class ProcStatus {

    private static final Pattern HWM = Pattern.compile("(?m)^VmHWM:\\s+(\\d+)\\s+kB\\s*$");

    private ProcStatus() {
    }

    /** The peak RSS in KiB that a status text states; empty when it has none (a zombie, or not Linux). */
    static OptionalLong peakRssKib(String statusText) {
        Matcher matcher = HWM.matcher(statusText);
        return matcher.find() ? OptionalLong.of(Long.parseLong(matcher.group(1))) : OptionalLong.empty();
    }

    /** The peak RSS in KiB of a running process; empty when it is gone or the file cannot be read. */
    static OptionalLong peakRssKib(long pid) {
        try {
            return peakRssKib(Files.readString(Path.of("/proc", Long.toString(pid), "status")));
        } catch (IOException | RuntimeException e) {
            return OptionalLong.empty();
        }
    }
}
