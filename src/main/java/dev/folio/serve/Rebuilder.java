package dev.folio.serve;

import dev.folio.build.BuildFailure;
import dev.folio.build.Builder;
import dev.folio.input.SiteInput;
import dev.folio.render.Renderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Keeps the site in memory up to date, redoing only what a change calls for: a theme's assets
 * alone are re-read into the last good site; anything in content/ loads and renders again; the
 * {@link Renderer} is kept between builds, so a site that overrides templates compiles them once
 * and afterwards only what changed, and is replaced when templates appear or disappear or the theme
 * changes. Used from one thread at a time.
 */
final class Rebuilder implements AutoCloseable {

    /** A new site: every file, and whether only stylesheets differ from the last one. */
    /** @param basePath the path the site is served under ("/portfolio/" for baseUrl https://alex.example.com/portfolio/) */
    record Result(SortedMap<String, byte[]> files, boolean stylesOnly, String basePath) {}

    private static final String ASSETS = "assets/";

    private final Path source;
    private final Optional<String> theme;

    private Renderer renderer;
    private String rendererTheme;
    private boolean rendererStale;
    /**
     * Wall-clock time the renderer last finished rendering, well or not: jte read every template's
     * timestamp before then, so a template saved later is newer than what it compiled.
     */
    private long renderedAt;
    private Set<String> templatesAtRenderer = Set.of();

    private SiteInput input;
    private SortedMap<String, byte[]> files;
    private boolean failing;

    Rebuilder(Path source, Optional<String> theme) {
        this.source = source;
        this.theme = theme;
    }

    /** Loads and renders everything. @throws BuildFailure with the problems found */
    Result full() {
        return render(false, false);
    }

    /**
     * Loads and renders the site once more and throws the result away (a warm-up); false when
     * there is no good build to repeat or this one failed.
     */
    boolean rehearse() {
        if (failing || renderer == null) {
            return false;
        }
        try {
            Builder.render(Builder.load(source, theme), renderer);
            return true;
        } catch (RuntimeException e) {
            return false;
        } finally {
            renderedAt = System.currentTimeMillis();
        }
    }

    /** Brings the site up to date with {@code changes}; empty when they do not touch it. */
    Optional<Result> apply(Changes changes) {
        return switch (changes.scope()) {
            case NONE -> Optional.empty();
            case ASSETS -> Optional.of(assets(changes.stylesOnly()));
            case CONTENT -> Optional.of(render(false, false));
            case TEMPLATES -> Optional.of(render(!recompiles(changes), false));
            case THEMES -> Optional.of(render(true, false));
        };
    }

    private Result render(boolean newRenderer, boolean stylesOnly) {
        failing = true;
        // remembered until done: the load may fail first, and the next change may be to content only
        rendererStale |= newRenderer;
        SiteInput loaded = Builder.load(source, theme);
        String name = loaded.settings().theme();
        if (rendererStale || renderer == null || !name.equals(rendererTheme)) {
            replaceRenderer(name);
            rendererStale = false;
        }
        // a failed render keeps the renderer: jte recompiles the template once it is saved again
        Builder.Rendered rendered;
        try {
            rendered = Builder.render(loaded, renderer);
        } finally {
            renderedAt = System.currentTimeMillis();
        }
        input = loaded;
        files = Collections.unmodifiableSortedMap(new TreeMap<>(rendered.files().files()));
        failing = false;
        return new Result(files, stylesOnly, loaded.settings().basePath());
    }

    /** Only assets changed: re-read them into the last good site, or render everything when there is none. */
    private Result assets(boolean stylesOnly) {
        if (failing || files == null || renderer == null) {
            return render(false, stylesOnly);
        }
        Map<String, byte[]> fresh;
        try {
            fresh = renderer.assets().files();
        } catch (IOException e) {
            return render(false, stylesOnly);
        }
        // theme assets live under assets/, beside the files the renderer generates there
        SortedMap<String, byte[]> next = new TreeMap<>(files);
        next.keySet().removeIf(path -> path.startsWith(ASSETS) && !Renderer.GENERATED_ASSETS.contains(path));
        next.putAll(fresh);
        files = Collections.unmodifiableSortedMap(next);
        return new Result(files, stylesOnly, input.settings().basePath());
    }

    /**
     * True when the kept renderer will notice the changed templates itself: it compiles templates
     * (jte recompiles a template whose file is newer than when it compiled it), the same templates
     * exist as when it was made, and every changed one is newer than its last render (a file
     * system with coarse timestamps fails this and gets a new renderer).
     */
    private boolean recompiles(Changes changes) {
        if (renderer == null || !renderer.compilesTemplates() || !templates().equals(templatesAtRenderer)) {
            return false;
        }
        for (String template : changes.templates()) {
            try {
                if (Files.getLastModifiedTime(source.resolve(template)).toMillis() <= renderedAt) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    private void replaceRenderer(String name) {
        closeRenderer();
        templatesAtRenderer = templates();
        renderer = Builder.renderer(source, name);
        rendererTheme = name;
    }

    /** The site's own .jte files: templates/ and themes/NAME/templates/. */
    private Set<String> templates() {
        Set<String> found = new TreeSet<>();
        collect(source.resolve("templates"), found);
        Path themes = source.resolve("themes");
        if (Files.isDirectory(themes)) {
            try (Stream<Path> dirs = Files.list(themes)) {
                dirs.sorted().forEach(dir -> collect(dir.resolve("templates"), found));
            } catch (IOException e) {
                found.add("themes/");
            }
        }
        return found;
    }

    private void collect(Path dir, Set<String> found) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> p.getFileName().toString().endsWith(".jte") && Files.isRegularFile(p))
                    .forEach(p -> found.add(source.relativize(p).toString().replace('\\', '/')));
        } catch (IOException | java.io.UncheckedIOException e) {
            found.add(source.relativize(dir).toString() + "/");
        }
    }

    private void closeRenderer() {
        if (renderer != null) {
            try {
                renderer.close();
            } catch (IOException e) {
                // a temporary folder of compiled templates stays behind; nothing to do about it here
            }
            renderer = null;
            rendererTheme = null;
        }
    }

    @Override
    public void close() {
        closeRenderer();
    }
}
