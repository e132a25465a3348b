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
import dev.folio.publish.OutputFolder;
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
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Runs the pipeline: load → assemble → render → publish (staged) → check → swap into place.
 * A failure in any phase throws {@link BuildFailure} and leaves the previous output as it was.
 */
public final class Builder {

    private Builder() {}

    /** Load, assemble and render without writing anything: the site as files in memory. */
    public record Rendered(SiteInput input, SiteFiles files) {}

    private static final java.util.concurrent.atomic.AtomicBoolean WARMING = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Starts loading, on a background thread, the code every build runs (the YAML reader, the
     * Markdown parser, the social image's fonts, the HTML parser of the link check) by running
     * each on a scrap of input, so that a cold start does it beside the command-line parsing and
     * the content loading instead of after them. Once per process; changes no output.
     */
    public static void warmUp() {
        if (!WARMING.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(() -> {
            try {
                dev.folio.problem.Problems scrap = new dev.folio.problem.Problems();
                new dev.folio.input.yaml.YamlReader().read("warm-up.yml", WARM_UP_PROFILE, scrap)
                        .ifPresent(node -> dev.folio.input.yaml.ProfileReader.read("warm-up.yml", node, scrap));
                Renderer.warmUp();
                org.jsoup.Jsoup.parse("<!DOCTYPE html><html lang=\"en\"><title>t</title><a href=\"#x\" id=\"x\">x</a>",
                        "", org.jsoup.parser.Parser.htmlParser().setTrackPosition(true)).select("[id]");
            } catch (RuntimeException | Error e) {
                // only a head start: whatever fails here fails again, and is reported, in the build itself
            }
        }, "folio-warm-up");
        thread.setDaemon(true);
        thread.start();
    }

    private static final byte[] WARM_UP_PROFILE = """
            basics:
              name: "Sam Example"
              email: "sam@example.com"
            work:
              - name: "Example Corp"
                startDate: "2020-01"
            metrics:
              - id: "p99"
                label: "p99 latency"
                before: "420"
                after: "95"
                unit: "ms"
            stories:
              - id: "cache"
                title: "A cache"
                metrics: ["p99"]
            """.getBytes(java.nio.charset.StandardCharsets.UTF_8);

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

    /**
     * Builds the site into {@code options.out()}: every page is fingerprinted and written to the
     * staged folder as soon as it is rendered (pages are rendered in parallel), so memory holds the
     * content and the pages in flight, never the whole site; then the staged folder is
     * link-checked and swapped in.
     */
    public static BuildResult build(BuildOptions options) {
        long start = System.nanoTime();
        Path source = options.source();
        Path out = claim(options);
        SiteInput input = load(source, options.overrides());
        Site site = Assembler.assemble(input);
        java.time.Instant updated = SiteDate.of(input.profile(), options.sourceDate());
        try (Renderer renderer = renderer(source, input.theme().name());
                Publisher.Staged staged = Publisher.open(out)) {
            Counted counted = new Counted(staged);
            publish(renderer, site, updated, counted);
            CheckReport report;
            try {
                report = new LinkChecker(siteAddress(input.settings()), CheckConfig.of(input.settings().check()))
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
            return new BuildResult(counted.pages.get(), counted.files.get(), millis, options.out(), report);
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

    /**
     * Renders into the stage. The assets are made on a thread of their own (drawing the social image
     * takes a while), beside the pages; each page waits for their fingerprint only when it is about
     * to be written with its references to them rewritten. Write errors come out as IOException,
     * rendering errors as BuildFailure.
     */
    private static void publish(Renderer renderer, Site site, java.time.Instant updated, Counted staged)
            throws IOException {
        String baseUrl = site.input().settings().baseUrl();
        CompletableFuture<Fingerprint> assets = new CompletableFuture<>();
        Thread drawing = new Thread(() -> {
            try {
                assets.complete(Fingerprint.of(renderer.assets(site), baseUrl));
            } catch (Throwable e) {
                assets.completeExceptionally(e);
            }
        }, "folio-assets");
        drawing.setDaemon(true);
        drawing.start();
        try {
            renderer.pages(site, updated, (path, bytes) -> {
                Fingerprint fingerprint;
                try {
                    fingerprint = assets.join();
                } catch (CompletionException | CancellationException e) {
                    throw new AssetsFailed();
                }
                try {
                    staged.add(path, fingerprint.page(path, bytes));
                } catch (IOException e) {
                    throw new WriteFailure(e);
                }
            });
        } catch (WriteFailure e) {
            throw e.getCause();
        } catch (AssetsFailed e) {
            // reported below, with the assets' own failure
        } catch (TemplateFailure e) {
            throw new BuildFailure(Phase.RENDER, e.problems(), false);
        } catch (IOException e) {
            throw unreadable(e);
        } finally {
            assets.exceptionally(e -> null).join();
        }
        for (var asset : fingerprinted(assets).assets().files().entrySet()) {
            staged.add(asset.getKey(), asset.getValue());
        }
    }

    /** The fingerprinted assets, or the failure that stopped them, as a build failure when it is one. */
    private static Fingerprint fingerprinted(CompletableFuture<Fingerprint> assets) {
        try {
            return assets.join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw unreadable(io);
            }
            if (cause instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (cause instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }

    /** Thrown by a page whose assets could not be made; the assets' failure is what is reported. */
    private static final class AssetsFailed extends RuntimeException {

        AssetsFailed() {
            super(null, null, false, false);
        }
    }

    private static BuildFailure unreadable(IOException e) {
        return new BuildFailure(Phase.RENDER, List.of(Problem.at("themes", "could not be read: " + e.getMessage())),
                false);
    }

    /** The stage, counting what is written to it. */
    private static final class Counted implements dev.folio.publish.FileSink {

        private final Publisher.Staged staged;
        private final java.util.concurrent.atomic.AtomicLong files = new java.util.concurrent.atomic.AtomicLong();
        private final java.util.concurrent.atomic.AtomicLong pages = new java.util.concurrent.atomic.AtomicLong();

        Counted(Publisher.Staged staged) {
            this.staged = staged;
        }

        @Override
        public void add(String path, byte[] bytes) throws IOException {
            staged.add(path, bytes);
            files.incrementAndGet();
            if (path.endsWith(".html")) {
                pages.incrementAndGet();
            }
        }
    }

    /** A write error, carried out of the rendering threads. */
    private static final class WriteFailure extends RuntimeException {

        WriteFailure(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    /**
     * The real output folder, once it is found safe to replace (see {@link OutputFolder}); a
     * build does this first, and a command may do it sooner, before work of its own.
     */
    public static Path claim(BuildOptions options) {
        try {
            return OutputFolder.claim(options.project(), options.out(), shown(options.project(), options.out()),
                    options.force());
        } catch (InvalidInputException e) {
            throw new BuildFailure(Phase.PUBLISH, e.problems(), true);
        }
    }

    private static String shown(Path source, Path out) {
        if (!out.startsWith(source)) {
            return out.toString();
        }
        String relative = source.relativize(out).toString();
        return relative.isEmpty() ? "." : relative;
    }
}
