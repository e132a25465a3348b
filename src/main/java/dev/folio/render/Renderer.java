package dev.folio.render;

import dev.folio.input.ContentLoader;
import dev.folio.problem.Problem;
import dev.folio.profile.SiteSettings;
import dev.folio.publish.SiteFiles;
import dev.folio.theme.Theme;
import dev.folio.theme.Themes;
import dev.folio.site.Page;
import dev.folio.site.Site;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * Renders every page of an assembled site through the theme's jte templates and gathers the
 * theme's assets. Uses the precompiled built-in templates unless the site overrides one, in which
 * case the merged set is compiled for this build.
 */
public final class Renderer implements AutoCloseable {

    /** Files the renderer makes under assets/ itself, beside the theme's own assets. */
    public static final java.util.Set<String> GENERATED_ASSETS = java.util.Set.of(ThemeCss.PATH, SocialCard.PATH);

    private static final Pattern JTE_LOCATION = Pattern.compile("([\\w./-]+\\.jte):(\\d+)");

    private final Path sourceDir;
    private final Theme theme;
    private final TemplateLayers layers;
    private final TemplateEngine engine;
    private final Path classDir;

    /** @param themeName a name from {@link Themes#available}; checked by the caller */
    public Renderer(Path sourceDir, String themeName) throws IOException {
        this.sourceDir = sourceDir;
        this.theme = Themes.find(themeName, sourceDir);
        Theme fallback = Themes.find(SiteSettings.DEFAULT_THEME, sourceDir);
        this.layers = TemplateLayers.of(sourceDir, theme, fallback);
        ClassLoader loader = Renderer.class.getClassLoader();
        boolean precompiled = theme.builtIn().isPresent() && fallback.builtIn().isPresent()
                && !layers.differsFrom(theme.builtIn().get().resolve("templates"),
                        fallback.builtIn().get().resolve("templates"));
        if (precompiled) {
            this.classDir = null;
            this.engine = TemplateEngine.createPrecompiled(null, ContentType.Html, loader,
                    Theme.precompiledPackage(theme.builtIn().get().getFileName().toString().replace("/", "")));
        } else {
            if (ToolProvider.getSystemJavaCompiler() == null) {
                throw new TemplateFailure(List.of(Problem.at("templates", "the site overrides templates, "
                        + "which folio compiles with the Java compiler; run folio with a JDK, not a JRE")));
            }
            this.classDir = Files.createTempDirectory("folio-templates-");
            this.engine = TemplateEngine.create(layers, classDir, ContentType.Html, loader, "dev.folio.generated.site");
            this.engine.setClassPath(classPath());
        }
        this.engine.setTrimControlStructures(true);
    }

    /**
     * Renders the pages, copies the assets and writes the site's extras (theme parameters, social
     * image, sitemap, robots.txt, feed) into a new {@link SiteFiles}. {@code updated} is the one
     * date the site states.
     */
    public SiteFiles render(Site site, java.time.Instant updated) throws IOException {
        SiteFiles files = new SiteFiles();
        Views views = new Views(site, new Markdown());
        List<Problem> problems = new ArrayList<>();
        for (Page page : site.pages()) {
            String template = page.kind().template();
            try {
                StringOutput out = new StringOutput();
                engine.render(template, views.of(page), out);
                files.add(page.path(), out.toString().getBytes(StandardCharsets.UTF_8));
            } catch (TemplateException e) {
                Problem problem = locate(template, e);
                if (!problems.contains(problem)) {
                    problems.add(problem);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new TemplateFailure(problems);
        }
        copyAssets(files);
        copyImage(site, files);
        extras(site, updated, files);
        return files;
    }

    private static void extras(Site site, java.time.Instant updated, SiteFiles files) {
        var input = site.input();
        String siteUrl = input.settings().baseUrl().contains("://") ? input.settings().baseUrl() : "";
        files.add(ThemeCss.PATH, ThemeCss.of(input.theme()).getBytes(StandardCharsets.UTF_8));
        files.add(Sitemap.ROBOTS, Sitemap.robots(siteUrl).getBytes(StandardCharsets.UTF_8));
        if (!siteUrl.isEmpty()) {
            files.add(Sitemap.PATH, Sitemap.sitemap(site, siteUrl, updated).getBytes(StandardCharsets.UTF_8));
            String accent = dev.folio.theme.Colors.parse(input.theme().value("accent", "")).orElse("#1d4ed8");
            String host = siteUrl.replaceFirst("^https?://", "").replaceFirst("/$", "");
            files.add(SocialCard.PATH, SocialCard.draw(input.profile(), accent, host));
            if (!input.profile().stories().isEmpty()) {
                files.add(AtomFeed.PATH, AtomFeed.of(input.profile(), input.settings().title(), siteUrl, updated)
                        .getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * The theme's assets alone, each under {@code assets/}, as {@link #render} adds them: the
     * default theme's, then the chosen theme's over them.
     */
    public SiteFiles assets() throws IOException {
        SiteFiles files = new SiteFiles();
        copyAssets(files);
        return files;
    }

    /** True when this renderer compiles the site's templates; false when it uses the precompiled built-in ones. */
    public boolean compilesTemplates() {
        return classDir != null;
    }

    private void copyAssets(SiteFiles files) throws IOException {
        List<Path> roots = new ArrayList<>();
        Theme fallback = Themes.find(SiteSettings.DEFAULT_THEME, sourceDir);
        for (Theme t : List.of(fallback, theme)) {
            t.builtIn().ifPresent(roots::add);
            t.local().ifPresent(roots::add);
        }
        java.util.Map<String, byte[]> assets = new java.util.TreeMap<>();
        for (Path root : roots) {
            Path dir = root.resolve("assets");
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> walk = Files.walk(dir)) {
                for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                    String name = dir.relativize(file).toString().replace('\\', '/');
                    assets.put("assets/" + name, Files.readAllBytes(file));
                }
            }
        }
        assets.forEach(files::add);
    }

    private void copyImage(Site site, SiteFiles files) throws IOException {
        String image = site.input().profile().basics().image();
        if (!image.isEmpty() && !Views.isAddress(image)) {
            Path file = sourceDir.resolve(ContentLoader.CONTENT).resolve(image).normalize();
            files.add(Views.MEDIA + image, Files.readAllBytes(file));
        }
    }

    /** Turns jte's "home.jte:12" into the file the template came from, with its line. */
    private Problem locate(String template, TemplateException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        Matcher m = JTE_LOCATION.matcher(message);
        String name = template;
        int line = 0;
        if (m.find()) {
            name = m.group(1);
            line = Integer.parseInt(m.group(2));
        }
        String detail = message.lines().map(String::strip).filter(l -> !l.isEmpty())
                .reduce((a, b) -> a + " " + b).orElse("failed");
        Throwable cause = e.getCause();
        if (cause != null && cause != e && cause.getMessage() != null && !detail.contains(cause.getMessage())) {
            detail += ": " + cause.getMessage();
        }
        return new Problem(layers.shown(name), line, 0, detail + "; fix the template or remove the override");
    }

    private static List<String> classPath() {
        List<String> entries = new ArrayList<>();
        for (Class<?> type : new Class<?>[] {Renderer.class, gg.jte.Content.class}) {
            try {
                String entry = Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
                if (!entries.contains(entry)) {
                    entries.add(entry);
                }
            } catch (URISyntaxException | NullPointerException e) {
                // fall back to the JVM's class path
            }
        }
        return entries;
    }

    @Override
    public void close() throws IOException {
        if (classDir != null) {
            try (Stream<Path> walk = Files.walk(classDir)) {
                for (Path p : (Iterable<Path>) walk.sorted(java.util.Comparator.reverseOrder())::iterator) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
