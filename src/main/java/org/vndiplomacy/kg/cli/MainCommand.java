package org.vndiplomacy.kg.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar vn-diplomacy-kg.jar COMMAND}: the entry point. */
@Command(name = "vn-diplomacy-kg", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Knowledge graph of Vietnam's foreign affairs and economic diplomacy.",
        subcommands = {ValidateCommand.class, ConvertCommand.class, CommandLine.HelpCommand.class})
public final class MainCommand implements Runnable {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code, without exiting. */
    public static int run(String... args) {
        CommandLine line = new CommandLine(new MainCommand());
        line.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("error: " + e.getMessage());
            return ExitCodes.INVALID;
        });
        return line.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
