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
        java.util.Map<String, java.util.function.Supplier<Object>> commands = new java.util.LinkedHashMap<>();
        commands.put("build", () -> new BuildCommand(console));
        commands.put("check", () -> new CheckCommand(console));
        commands.put("validate", () -> new ValidateCommand(console));
        commands.put("import", () -> new ImportCommand(console));
        commands.put("export", () -> new ExportCommand(console));
        commands.put("serve", () -> new ServeCommand(console));
        CommandLine cli = new CommandLine(new Main());
        // picocli reads every registered command's options at start-up: a run of one command reads only
        // that one (its own --help included); anything else (folio --help, a mistyped command) gets all
        java.util.function.Supplier<Object> named = args.length > 0 ? commands.get(args[0]) : null;
        if (named != null) {
            cli.addSubcommand(named.get());
        } else {
            commands.values().forEach(command -> cli.addSubcommand(command.get()));
        }
        cli.setOut(out)
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
