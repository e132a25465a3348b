package dev.folio.cli;

import dev.folio.build.BuildFailure;
import dev.folio.build.Builder;
import dev.folio.input.SiteInput;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Checks content/ (profile.yml, site.yml, stories) and prints every problem; writes nothing.")
final class ValidateCommand implements Callable<Integer> {

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
            description = "Site folder holding content/. Default: ${DEFAULT-VALUE}")
    Path source;

    private final Console console;

    ValidateCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        try {
            SiteInput input = Builder.load(source.toAbsolutePath().normalize(), Optional.empty());
            console.valid(input);
            return ExitCode.OK;
        } catch (BuildFailure failure) {
            console.invalid(failure);
            return ExitCode.INVALID_INPUT;
        }
    }
}
