package dev.folio.build;

import dev.folio.check.CheckConfig;
import dev.folio.check.CheckProblem;
import dev.folio.check.CheckReport;
import dev.folio.check.LinkChecker;
import dev.folio.check.SiteAddress;
import dev.folio.input.ContentLoader;
import dev.folio.input.Overrides;
import dev.folio.input.SiteInput;
import dev.folio.problem.InvalidInputException;
import dev.folio.problem.Problem;
import dev.folio.publish.Publisher;
import dev.folio.publish.SiteFiles;
import dev.folio.render.Fingerprint;
import dev.folio.render.Renderer;
import dev.folio.render.SiteDate;
import dev.folio.render.TemplateFailure;
import dev.folio.site.Assembler;
import dev.folio.site.Site;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Runs the pipeline: load → assemble → render → publish (staged) → check → swap into place.
 * A failure in any phase throws {@link BuildFailure} and leaves the previous output as it was.
 */
public final class Builder {

    private Builder() {}

    /** Load, assemble and render without writing anything: the site as files in memory. */
    public record Rendered(SiteInput input, SiteFiles files) {}

    /** The load phase alone: the profile and settings, every problem found; {@code folio validate}. */
    public static SiteInput load(Path source, Optional<String> themeOverride) {
        return load(source, Overrides.theme(themeOverride));
    }

    /** The load phase with settings from the command line. */
    public static SiteInput load(Path source, Overrides overrides) {
        try {
            return new ContentLoader().load(source, overrides);
        } catch (InvalidInputException e) {
            throw new BuildFailure(Phase.LOAD, e.problems(), true);
        }
    }

    /** Everything up to publishing; used by {@link #build} and by previews that serve from memory. */
    public static Rendered render(Path source, Optional<String> themeOverride) {
        return render(source, Overrides.theme(themeOverride), Optional.empty());
    }

    /** As {@link #render(Path, Optional)}, with command-line settings and the build's date. */
    public static Rendered render(Path source, Overrides overrides, Optional<java.time.Instant> sourceDate) {
        SiteInput input = load(source, overrides);
        Site site = Assembler.assemble(input);
        try (Renderer renderer = new Renderer(source, input.theme().name())) {
            return new Rendered(input, renderer.render(site, SiteDate.of(input.profile(), sourceDate)));
        } catch (TemplateFailure e) {
            throw new BuildFailure(Phase.RENDER, e.problems(), false);
        } catch (IOException e) {
            throw new BuildFailure(Phase.RENDER, List.of(Problem.at("themes", "could not be read: " + e.getMessage())),
                    false);
        }
    }

    /**
     * SOURCE_DATE_EPOCH, the reproducible-builds convention for "the time of this build", from
     * the given value of that environment variable (null when unset).
     */
    public static Optional<java.time.Instant> sourceDateEpoch(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(java.time.Instant.ofEpochSecond(Long.parseLong(value.strip())));
        } catch (NumberFormatException e) {
            throw new BuildFailure(Phase.LOAD, List.of(Problem.at("SOURCE_DATE_EPOCH", "\"" + value
                    + "\" is not a number of seconds since 1970; unset it or set e.g. $(git log -1 --format=%ct)")), true);
        }
    }

    /**
     * A renderer for {@code theme} that the caller keeps open across rebuilds (a preview server
     * compiles overridden templates once, then only what changed); close it when done.
     */
    public static Renderer renderer(Path source, String theme) {
        try {
            return new Renderer(source, theme);
        } catch (TemplateFailure e) {
            throw new BuildFailure(Phase.RENDER, e.problems(), false);
        } catch (IOException e) {
            throw new BuildFailure(Phase.RENDER, List.of(Problem.at("themes", "could not be read: " + e.getMessage())),
                    false);
        }
    }

    /** Assembles and renders a loaded site with a renderer from {@link #renderer}; writes nothing. */
    public static Rendered render(SiteInput input, Renderer renderer) {
        Site site = Assembler.assemble(input);
        try {
            return new Rendered(input, renderer.render(site, SiteDate.of(input.profile(), Optional.empty())));
        } catch (TemplateFailure e) {
            throw new BuildFailure(Phase.RENDER, e.problems(), false);
        } catch (IOException e) {
            throw new BuildFailure(Phase.RENDER, List.of(Problem.at("themes", "could not be read: " + e.getMessage())),
                    false);
        }
    }

    public static BuildResult build(BuildOptions options) {
        long start = System.nanoTime();
        Path source = options.source();
        checkOut(source, options.out());
        Rendered rendered = render(source, options.overrides(), options.sourceDate());
        SiteFiles files = Fingerprint.apply(rendered.files(), rendered.input().settings().baseUrl());
        try (Publisher.Staged staged = Publisher.stage(files, options.out())) {
            CheckReport report;
            try {
                // severities from a check: section of content/site.yml are not wired in yet: the defaults apply
                report = new LinkChecker(siteAddress(rendered.input().settings()), CheckConfig.of(rendered.input().settings().check()))
                        .check(staged.dir());
            } catch (IOException e) {
                throw new BuildFailure(Phase.CHECK, List.of(Problem.at(shown(source, options.out()),
                        "could not be checked: " + e.getMessage())), false);
            }
            if (!report.ok()) {
                throw new BuildFailure(Phase.CHECK, report.errors().stream().map(Builder::problem).toList(), false);
            }
            staged.commit();
            long millis = (System.nanoTime() - start) / 1_000_000;
            return new BuildResult(files.pageCount(), files.files().size(), millis, options.out(), report);
        } catch (IOException e) {
            throw new BuildFailure(Phase.PUBLISH, List.of(Problem.at(shown(source, options.out()),
                    "could not be written: " + e.getMessage() + "; check the folder's permissions and free space")),
                    false);
        }
    }

    static Problem problem(CheckProblem found) {
        return new Problem(found.page(), found.line(), found.column(), found.description());
    }

    private static SiteAddress siteAddress(dev.folio.profile.SiteSettings settings) {
        try {
            return SiteAddress.of(settings.baseUrl());
        } catch (IllegalArgumentException e) {
            return SiteAddress.of(settings.basePath());
        }
    }

    /** Refuses an output folder that would replace the sources. */
    static void checkOut(Path source, Path out) {
        String reason = null;
        if (out.getParent() == null) {
            reason = "is the file-system root";
        } else if (source.startsWith(out)) {
            reason = "holds the site's own files, which publishing would replace";
        } else if (out.startsWith(source.resolve("content")) || out.startsWith(source.resolve("templates"))
                || out.startsWith(source.resolve("themes"))) {
            reason = "is inside the site's sources";
        } else if (out.equals(Path.of(System.getProperty("user.home")).toAbsolutePath().normalize())) {
            reason = "is the home folder";
        }
        if (reason != null) {
            throw new BuildFailure(Phase.PUBLISH, List.of(Problem.at(out.toString(), "cannot be the output: it "
                    + reason + "; choose a folder of its own with --out, e.g. target/site")), true);
        }
    }

    private static String shown(Path source, Path out) {
        return out.startsWith(source) ? source.relativize(out).toString() : out.toString();
    }
}
