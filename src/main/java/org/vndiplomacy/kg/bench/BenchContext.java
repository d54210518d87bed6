package org.vndiplomacy.kg.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A run in progress: its settings, the commands it ran (in the form the report prints), what it measured, and the
 * notes on what did not work, each with the error as the tool gave it.
 */
final class BenchContext {

    private static final java.util.regex.Pattern ERROR =
            java.util.regex.Pattern.compile("(Exception|Error)\\b|\\berror:|\\*\\*\\* Error");

    final BenchSettings settings;
    final PrintWriter out;
    final List<String> commands = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<Measurement> conversion = new ArrayList<>();
    final List<Measurement> build = new ArrayList<>();
    final List<ServingPhase.Server> servers = new ArrayList<>();
    String corpusLine = "";
    /** The statements of the project's N-Quads; -1 while there are none (convert failed). */
    long quads = -1;
    /** Whether the project's build made a store to serve. */
    boolean built;

    BenchContext(BenchSettings settings, PrintWriter out) {
        this.settings = settings;
        this.out = out;
    }

    boolean hasQuads() {
        return quads >= 0;
    }

    /** Runs a command to its end, its output into {@code logs/NAME.log}, and records it for the report. */
    ChildProcess.Result run(String name, Command command) throws IOException {
        record(command);
        progress("running " + name);
        return ChildProcess.run(command, settings.root(), log(name), settings.stepTimeout());
    }

    void record(Command command) {
        commands.add(shown(command));
    }

    String shown(Command command) {
        return command.shown(settings.root(), settings.javaBinary());
    }

    Path log(String name) {
        return settings.logs().resolve(name + ".log");
    }

    void progress(String message) {
        out.println("bench: " + message);
        out.flush();
    }

    /** A note for the report; also printed now. */
    void note(String message) {
        notes.add(message);
        progress("note: " + message);
    }

    /** The last lines of a log, to quote a tool's own error. */
    String tail(Path log, int lines) {
        try {
            List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join(" | ", all.subList(Math.max(0, all.size() - lines), all.size())).strip();
        } catch (IOException | RuntimeException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /**
     * What a failed command said: the first line of its log that names an error or exception (not a stack frame),
     * else its last lines.
     */
    String error(Path log) {
        try {
            for (String line : Files.readAllLines(log, StandardCharsets.UTF_8)) {
                if (!line.startsWith("\t") && ERROR.matcher(line).find()) {
                    return line.strip().replace(settings.root().toAbsolutePath().normalize() + "/", "");
                }
            }
        } catch (IOException | RuntimeException e) {
            // fall back to the tail
        }
        return tail(log, 3);
    }

    /** The project folder's relative form of a path, for the report. */
    String relative(Path path) {
        Path root = settings.root().toAbsolutePath().normalize();
        Path absolute = path.toAbsolutePath().normalize();
        return absolute.startsWith(root) ? root.relativize(absolute).toString() : absolute.toString();
    }
}
