package dev.folio.cli;

import dev.folio.input.jsonresume.ResumeImporter;
import dev.folio.output.ProfileFiles;
import dev.folio.problem.InvalidInputException;
import dev.folio.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Reads a JSON Resume file into a folio profile (and story bodies into stories/ beside it).")
final class ImportCommand implements Callable<Integer> {

    static final String DEFAULT_OUT = "content/profile.yml";

    @Parameters(index = "0", paramLabel = "FILE", description = "The JSON Resume document, e.g. resume.json")
    Path input;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", defaultValue = DEFAULT_OUT,
            description = "The profile to write. Default: ${DEFAULT-VALUE}")
    Path out;

    @Option(names = "--force", description = "Replace the profile and story files if they exist")
    boolean force;

    private final Console console;

    ImportCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        String shown = Console.shown(input);
        if (!Files.isRegularFile(input)) {
            console.importFailed(List.of(Problem.at(shown, "not found; name a JSON Resume file, e.g. folio import resume.json")));
            return ExitCode.INVALID_INPUT;
        }
        ResumeImporter.Imported imported;
        try {
            if (Files.size(input) > ResumeImporter.MAX_BYTES) {
                console.importFailed(List.of(Problem.at(shown, "is larger than " + ResumeImporter.MAX_BYTES
                        + " bytes; a résumé this large is almost certainly not one")));
                return ExitCode.INVALID_INPUT;
            }
            byte[] bytes = Files.readAllBytes(input);
            imported = ResumeImporter.read(shown, bytes, out.toAbsolutePath().getParent());
        } catch (IOException e) {
            console.importFailed(List.of(Problem.at(shown, "could not be read: " + e.getMessage())));
            return ExitCode.INVALID_INPUT;
        } catch (InvalidInputException e) {
            console.importFailed(e.problems());
            return ExitCode.INVALID_INPUT;
        }
        ProfileFiles.Plan plan = ProfileFiles.plan(out, imported.profile(), List.of(
                "Imported from " + input.getFileName() + " by folio import.",
                "Dates are YYYY-MM or YYYY; see folio's README for every key."));
        List<Path> existing = plan.existing();
        if (!force && !existing.isEmpty()) {
            console.wouldReplace(existing);
            return ExitCode.INVALID_INPUT;
        }
        try {
            ProfileFiles.write(plan);
        } catch (IOException e) {
            console.notWritten(out, e.getMessage());
            return ExitCode.BUILD_FAILED;
        }
        console.imported(input, out, plan.stories(), imported.report().lines());
        return ExitCode.OK;
    }
}
