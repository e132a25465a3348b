package dev.folio.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The folio command line: build, check, validate, import, export and serve. */
@Command(name = "folio", mixinStandardHelpOptions = true, version = "folio 0.1.0",
        description = "Builds a portfolio site for a software engineer from content/profile.yml.")
public final class Main implements java.util.concurrent.Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** No command given: show what there is. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCode.USAGE;
    }

    /** Runs folio and returns its exit code; prints to the given writers. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        Console console = new Console(out, err);
        CommandLine cli = new CommandLine(new Main())
                .addSubcommand(new BuildCommand(console))
                .addSubcommand(new CheckCommand(console))
                .addSubcommand(new ValidateCommand(console))
                .addSubcommand(new ImportCommand(console))
                .addSubcommand(new ExportCommand(console))
                .addSubcommand(new ServeCommand(console))
                .setOut(out)
                .setErr(err)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    console.internal(e);
                    return ExitCode.INTERNAL;
                });
        cli.getCommandSpec().exitCodeOnUsageHelp(ExitCode.OK);
        for (CommandLine sub : cli.getSubcommands().values()) {
            sub.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE);
        }
        cli.getCommandSpec().exitCodeOnInvalidInput(ExitCode.USAGE);
        return cli.execute(args);
    }

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("build")) {
            dev.folio.build.Builder.warmUp(); // beside the parsing of the command line
        }
        PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
        PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
        int code = run(out, err, args);
        if (code != ExitCode.OK) {
            System.exit(code);
        }
    }
}
