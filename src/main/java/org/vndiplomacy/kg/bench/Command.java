package org.vndiplomacy.kg.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A command line to run as a child process, with the environment it adds, and the form the report prints: paths
 * relative to the project folder, {@code java} for the JVM that runs the benchmark.
 */
record Command(List<String> args, Map<String, String> env) {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_./:=,@%+-]+");

    Command {
        args = List.copyOf(args);
        env = Map.copyOf(env);
        if (args.isEmpty()) {
            throw new IllegalArgumentException("a command needs at least a program");
        }
    }

    static Command of(Object... args) {
        return new Command(java.util.Arrays.stream(args).map(String::valueOf).toList(), Map.of());
    }

    Command withEnv(String name, String value) {
        Map<String, String> more = new java.util.HashMap<>(env);
        more.put(name, value);
        return new Command(args, more);
    }

    /** The command as a shell line, relative to {@code root}: {@code java -jar target/vn-diplomacy-kg.jar build}. */
    String shown(Path root, String javaBinary) {
        Objects.requireNonNull(root, "root");
        String prefix = root.toAbsolutePath().normalize() + "/";
        String line = args.stream()
                .map(arg -> arg.equals(javaBinary) ? "java" : arg.replace(prefix, ""))
                .map(Command::quoted)
                .collect(Collectors.joining(" "));
        String vars = env.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + quoted(e.getValue().replace(prefix, "")))
                .collect(Collectors.joining(" "));
        return vars.isEmpty() ? line : vars + " " + line;
    }

    /** As is when plain; in double quotes when that needs no escape (SQL with its strings); else in single quotes. */
    static String quoted(String arg) {
        if (PLAIN.matcher(arg).matches()) {
            return arg;
        }
        if (arg.chars().noneMatch(c -> c == '"' || c == '$' || c == '`' || c == '\\' || c == '!')) {
            return "\"" + arg + "\"";
        }
        return "'" + arg.replace("'", "'\\''") + "'";
    }
}
