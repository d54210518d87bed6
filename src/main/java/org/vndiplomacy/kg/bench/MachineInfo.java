package org.vndiplomacy.kg.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/** What the machine is, from {@code lscpu}, {@code free -h}, {@code /etc/os-release} and the JVM; and its load. */
record MachineInfo(String cpu, String memory, String os, String java) {

    static MachineInfo read() {
        String lscpu = output("lscpu");
        String cpu = field(lscpu, "Model name") + ", " + field(lscpu, "CPU(s)") + " CPU(s) ("
                + field(lscpu, "Thread(s) per core") + " thread(s) per core)";
        String memory = freeTotal(output("free", "-h"));
        String os = osName();
        String java = System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version");
        return new MachineInfo(cpu, memory, os, java);
    }

    /** The one-minute load average now. */
    static String loadAverage() {
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return String.format(Locale.ROOT, "%.2f", load);
    }

    /** The value of a {@code Name: value} line of lscpu's output. */
    static String field(String lscpu, String name) {
        for (String line : lscpu.split("\n")) {
            int colon = line.indexOf(':');
            if (colon > 0 && line.substring(0, colon).strip().equals(name)) {
                return line.substring(colon + 1).strip();
            }
        }
        return "?";
    }

    /** The total of the {@code Mem:} line of {@code free -h}. */
    static String freeTotal(String free) {
        for (String line : free.split("\n")) {
            String[] cells = line.strip().split("\\s+");
            if (cells.length > 1 && cells[0].equals("Mem:")) {
                return cells[1];
            }
        }
        return "?";
    }

    private static String osName() {
        try {
            for (String line : Files.readAllLines(Path.of("/etc/os-release"), StandardCharsets.UTF_8)) {
                if (line.startsWith("PRETTY_NAME=")) {
                    return line.substring("PRETTY_NAME=".length()).replace("\"", "");
                }
            }
        } catch (IOException e) {
            // fall through
        }
        return System.getProperty("os.name");
    }

    private static String output(String... command) {
        try {
            Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
            String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor(10, TimeUnit.SECONDS);
            return text;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
