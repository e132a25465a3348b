package dev.folio.cli;

import dev.folio.input.jsonresume.ResumeImporter;
import dev.folio.input.resume.ParsedResume;
import dev.folio.input.resume.ResumeFormat;
import dev.folio.input.resume.ResumeReader;
import dev.folio.output.ProfileFiles;
import dev.folio.output.yaml.ProfileYaml;
import dev.folio.problem.InvalidInputException;
import dev.folio.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Reads a résumé (text, Markdown, PDF or JSON Resume) into a folio profile to review.")
final class ImportCommand implements Callable<Integer> {

    static final String DEFAULT_OUT = "content/profile.yml";

    @Parameters(index = "0", paramLabel = "FILE", description = "The résumé: resume.pdf, resume.txt, resume.md or resume.json")
    Path input;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", defaultValue = DEFAULT_OUT,
            description = "The profile to write. Default: ${DEFAULT-VALUE}")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto, text, markdown, pdf or jsonresume. Default: ${DEFAULT-VALUE} (by content and name)")
    String format;

    @Option(names = "--name", paramLabel = "NAME", description = "The person's name, for a résumé that does not say it")
    String name;

    @Option(names = "--force", description = "Replace the profile and story files if they exist")
    boolean force;

    private final Console console;

    ImportCommand(Console console) {
        this.console = console;
    }

    /** An import of {@code input} to {@code out} with the defaults, as {@code build --resume} runs it. */
    ImportCommand(Console console, Path input, Path out) {
        this.console = console;
        this.input = input;
        this.out = out;
        this.format = "auto";
    }

    @Override
    public Integer call() {
        String shown = Console.shown(input);
        var chosen = ResumeFormat.of(format);
        if (chosen.isEmpty()) {
            console.importFailed(List.of(Problem.at("--format", "\"" + format
                    + "\" is not a format; use auto, text, markdown, pdf or jsonresume")));
            return ExitCode.USAGE;
        }
        if (!Files.isRegularFile(input)) {
            boolean json = chosen.get() == ResumeFormat.JSONRESUME || shown.toLowerCase(java.util.Locale.ROOT).endsWith(".json");
            console.importFailed(List.of(Problem.at(shown, json ? "not found; name a JSON Resume file, e.g. folio import "
                    + "resume.json" : "not found; name a résumé file, e.g. folio import resume.pdf")));
            return ExitCode.INVALID_INPUT;
        }
        byte[] bytes;
        try {
            long size = Files.size(input);
            long limit = chosen.get() == ResumeFormat.JSONRESUME ? ResumeImporter.MAX_BYTES : ResumeReader.MAX_BYTES;
            if (size > limit) {
                console.importFailed(List.of(Problem.at(shown, "is larger than " + limit
                        + " bytes; a résumé this large is almost certainly not one")));
                return ExitCode.INVALID_INPUT;
            }
            bytes = Files.readAllBytes(input);
        } catch (IOException e) {
            console.importFailed(List.of(Problem.at(shown, "could not be read: " + e.getMessage())));
            return ExitCode.INVALID_INPUT;
        }
        ResumeFormat kind = chosen.get() == ResumeFormat.AUTO ? ResumeFormat.detect(input.getFileName().toString(), bytes)
                : chosen.get();
        return kind == ResumeFormat.JSONRESUME ? jsonResume(shown, bytes) : resume(shown, bytes, kind);
    }

    private int jsonResume(String shown, byte[] bytes) {
        ResumeImporter.Imported imported;
        try {
            imported = ResumeImporter.read(shown, bytes, out.toAbsolutePath().getParent());
        } catch (InvalidInputException e) {
            console.importFailed(e.problems());
            return ExitCode.INVALID_INPUT;
        }
        ParsedResume derived = ResumeReader.withHighlights(imported.profile());
        ProfileFiles.Plan plan = ProfileFiles.plan(out, derived.profile(), List.of(
                "Imported from " + input.getFileName() + " by folio import.",
                "Dates are YYYY-MM or YYYY; see folio's README for every key."));
        if (derived.reviews().size() > 0) {
            plan = new ProfileFiles.Plan(Map.of(out, ProfileYaml.write(derived.profile(), header(), derived.reviews().map())));
        }
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

    private List<String> header() {
        return List.of("Imported from " + input.getFileName() + " by folio import.",
                "Lines marked \"# REVIEW:\" were guessed; check each, then delete the comment.",
                "Dates are YYYY-MM or YYYY; see folio's README for every key.");
    }

    private int resume(String shown, byte[] bytes, ResumeFormat kind) {
        ParsedResume parsed;
        try {
            parsed = ResumeReader.read(shown, bytes, kind);
        } catch (InvalidInputException e) {
            console.importFailed(e.problems());
            return ExitCode.INVALID_INPUT;
        }
        if (!parsed.nameFound() || name != null) {
            parsed = ResumeReader.withName(parsed, name);
        }
        String yaml = ProfileYaml.write(parsed.profile(), header(), parsed.reviews().map());
        if (!force && Files.exists(out)) {
            console.wouldReplace(List.of(out));
            return ExitCode.INVALID_INPUT;
        }
        try {
            ProfileFiles.writeFile(out, yaml);
        } catch (IOException e) {
            console.notWritten(out, e.getMessage());
            return ExitCode.BUILD_FAILED;
        }
        console.importedResume(input, kind.key(), out, parsed, name != null);
        return ExitCode.OK;
    }
}
