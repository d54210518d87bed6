package org.vndiplomacy.kg.cli;

import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar vn-diplomacy-kg.jar COMMAND}: the entry point. */
@Command(name = "vn-diplomacy-kg", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Knowledge graph of Vietnam's foreign affairs and economic diplomacy.",
        subcommands = {ValidateCommand.class, ConvertCommand.class, BuildCommand.class, ServeCommand.class,
                QueryCommand.class, DumpCommand.class, ExtractCommand.class, EvaluateCommand.class,
                ExportGraphCommand.class, BenchPagesCommand.class, BenchCommand.class, BenchScalingCommand.class,
                LoadTestCommand.class, GenerateCommand.class, SparkConvertCommand.class, CommandLine.HelpCommand.class})
public final class MainCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code, without exiting. */
    public static int run(String... args) {
        return run(new PrintWriter(System.out, true, StandardCharsets.UTF_8),
                new PrintWriter(System.err, true, StandardCharsets.UTF_8), args);
    }

    /** Runs a command line with the given output and error writers, and returns its exit code. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine line = new CommandLine(new MainCommand());
        line.setOut(out);
        line.setErr(err);
        line.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.INVALID;
        });
        return line.execute(args);
    }

    /** Without a command: the usage on stderr, and exit code 2 (the command line is incomplete). */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("error: missing command");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.INVALID;
    }
}
