package dev.folio.cli;

import dev.folio.build.BuildFailure;
import dev.folio.build.Builder;
import dev.folio.input.SiteInput;
import dev.folio.output.ProfileFiles;
import dev.folio.output.jsonresume.ResumeJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes the site's profile in another format: a JSON Resume 1.0.0 document.")
final class ExportCommand implements Callable<Integer> {

    static final String JSON_RESUME = "jsonresume";

    @Spec
    CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = JSON_RESUME,
            description = "The format to write; only " + JSON_RESUME + " for now. Default: ${DEFAULT-VALUE}")
    String format;

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
            description = "Site folder holding content/. Default: ${DEFAULT-VALUE}")
    Path source;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE",
            description = "The file to write. Default: print to standard output")
    Path out;

    @Option(names = "--force", description = "Replace the output file if it exists")
    boolean force;

    private final Console console;

    ExportCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (!JSON_RESUME.equals(format)) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--format': '" + format
                    + "'; folio can export only " + JSON_RESUME);
        }
        SiteInput input;
        try {
            input = Builder.load(source, Optional.empty());
        } catch (BuildFailure failure) {
            console.exportFailed(failure.problems());
            return failure.invalidInput() ? ExitCode.INVALID_INPUT : ExitCode.BUILD_FAILED;
        }
        String json = ResumeJson.write(input.profile(), input.settings());
        if (out == null) {
            console.document(json);
            return ExitCode.OK;
        }
        if (!force && Files.exists(out)) {
            console.wouldReplace(List.of(out));
            return ExitCode.INVALID_INPUT;
        }
        try {
            ProfileFiles.writeFile(out, json);
        } catch (IOException e) {
            console.notWritten(out, e.getMessage());
            return ExitCode.BUILD_FAILED;
        }
        console.exported(out);
        return ExitCode.OK;
    }
}
