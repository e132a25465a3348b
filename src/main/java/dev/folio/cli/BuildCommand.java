package dev.folio.cli;

import dev.folio.build.Batch;
import dev.folio.build.BuildFailure;
import dev.folio.build.BuildOptions;
import dev.folio.build.Builder;
import dev.folio.input.Overrides;
import dev.folio.input.resume.ResumeFormat;
import dev.folio.input.resume.ResumeReader;
import dev.folio.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
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

    @Option(names = "--sites", paramLabel = "DIR",
            description = "Build every folder in DIR that holds content/profile.yml, several at once, each into "
                    + "its own folder of --out (default: target/sites beside DIR)")
    Path sites;

    @Option(names = "--resume", paramLabel = "FILE",
            description = "Build straight from a résumé (PDF, text, Markdown or JSON Resume) for a first look, "
                    + "instead of content/profile.yml; templates, themes and the theme settings of --source apply")
    Path resume;

    @Option(names = "--force",
            description = "Replace --out even when it holds files folio did not write (they are lost). "
                    + "Never the sources, the project or the home folder")
    boolean force;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Console console;

    BuildCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        Builder.warmUp();
        if (sites != null) {
            return many();
        }
        Path output = out != null ? out : source.resolve(BuildOptions.DEFAULT_OUT);
        if (resume != null) {
            return fromResume(output);
        }
        boolean previous = Files.exists(output);
        try {
            Overrides overrides = new Overrides(Optional.ofNullable(theme), Optional.ofNullable(baseUrl));
            console.built(Builder.build(new BuildOptions(source, output, overrides,
                    Builder.sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH")), source, force)));
            return ExitCode.OK;
        } catch (BuildFailure failure) {
            console.failed(failure, previous);
            return failure.invalidInput() ? ExitCode.INVALID_INPUT : ExitCode.BUILD_FAILED;
        }
    }

    /** --sites: every site folder in the folder, a line for each, then a summary. */
    private int many() {
        for (String other : new String[] {"--source", "--resume", "--base-url"}) {
            if (spec.commandLine().getParseResult().hasMatchedOption(other)) {
                console.notWithSites(other);
                return ExitCode.USAGE;
            }
        }
        List<Path> found;
        try {
            found = Files.isDirectory(sites) ? Batch.find(sites) : List.of();
        } catch (IOException e) {
            console.unreadable(sites, e.getMessage());
            return ExitCode.INVALID_INPUT;
        }
        if (found.isEmpty()) {
            console.noSites(sites);
            return ExitCode.INVALID_INPUT;
        }
        Path output = out != null ? out : Batch.defaultOut(sites);
        long start = System.nanoTime();
        try {
            Overrides overrides = new Overrides(Optional.ofNullable(theme), Optional.empty());
            List<Batch.Outcome> outcomes = Batch.build(found, output, overrides,
                    Builder.sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH")),
                    Runtime.getRuntime().availableProcessors(), force, console::site);
            console.sites(outcomes, (System.nanoTime() - start) / 1_000_000, output);
            if (outcomes.stream().allMatch(Batch.Outcome::ok)) {
                return ExitCode.OK;
            }
            if (outcomes.stream().anyMatch(o -> o.crash().isPresent())) {
                return ExitCode.INTERNAL;
            }
            boolean onlyInput = outcomes.stream().filter(o -> !o.ok()).allMatch(o -> o.failure().get().invalidInput());
            return onlyInput ? ExitCode.INVALID_INPUT : ExitCode.BUILD_FAILED;
        } catch (BuildFailure failure) {
            console.failed(failure);
            return ExitCode.INVALID_INPUT;
        }
    }

    /** Imports the résumé into a temporary site folder, builds that to the output, then removes it. */
    private int fromResume(Path output) {
        Path site = null;
        boolean previous = Files.exists(output);
        try {
            Builder.claim(new BuildOptions(source, output, Overrides.NONE, Optional.empty(), source, force));
            site = Files.createTempDirectory("folio-resume-");
            Path profile = site.resolve(dev.folio.input.ContentLoader.PROFILE);
            int code = new ImportCommand(quiet(), resume, profile).call();
            if (code != ExitCode.OK) {
                return new ImportCommand(console, resume, profile).call();
            }
            dev.folio.build.ResumeSite.copyLook(source, site);
            byte[] bytes = Files.readAllBytes(resume);
            String name = resume.getFileName().toString();
            var format = ResumeFormat.detect(name, bytes);
            if (format != ResumeFormat.JSONRESUME) {
                console.readResume(resume, ResumeReader.read(Console.shown(resume), bytes, format));
            }
            Overrides overrides = new Overrides(Optional.ofNullable(theme), Optional.ofNullable(baseUrl));
            console.built(Builder.build(new BuildOptions(site, output.toAbsolutePath(), overrides,
                    Builder.sourceDateEpoch(System.getenv("SOURCE_DATE_EPOCH")), source, force)));
            return ExitCode.OK;
        } catch (BuildFailure failure) {
            console.failed(failure, previous);
            return failure.invalidInput() ? ExitCode.INVALID_INPUT : ExitCode.BUILD_FAILED;
        } catch (IOException | dev.folio.problem.InvalidInputException e) {
            console.importFailed(List.of(Problem.at(Console.shown(resume), "could not be read: " + e.getMessage())));
            return ExitCode.INVALID_INPUT;
        } finally {
            delete(site);
        }
    }

    private static Console quiet() {
        java.io.PrintWriter sink = new java.io.PrintWriter(java.io.Writer.nullWriter());
        return new Console(sink, sink);
    }

    private static void delete(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
