package dev.folio.cli;

import dev.folio.build.BuildFailure;
import dev.folio.build.BuildOptions;
import dev.folio.build.Builder;
import dev.folio.input.Overrides;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Builds the site: content/ → HTML in the output folder, then checks every link.")
final class BuildCommand implements Callable<Integer> {

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
            description = "Site folder holding content/ (and optionally templates/ and themes/). Default: ${DEFAULT-VALUE}")
    Path source;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder. Default: target/site in the site folder")
    Path out;

    @Option(names = "--theme", paramLabel = "NAME", description = "Theme to use instead of the one in content/site.yml")
    String theme;

    @Option(names = "--base-url", paramLabel = "URL",
            description = "Address the site is served from, instead of baseUrl in content/site.yml, "
                    + "e.g. https://user.github.io/portfolio/")
    String baseUrl;

    private final Console console;

    BuildCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Path output = out != null ? out : source.resolve(BuildOptions.DEFAULT_OUT);
        try {
            Overrides overrides = new Overrides(Optional.ofNullable(theme), Optional.ofNullable(baseUrl));
            console.built(Builder.build(new BuildOptions(source, output, overrides,
                    Builder.sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH")))));
            return ExitCode.OK;
        } catch (BuildFailure failure) {
            console.failed(failure);
            return failure.invalidInput() ? ExitCode.INVALID_INPUT : ExitCode.BUILD_FAILED;
        }
    }
}
