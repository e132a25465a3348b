package dev.folio.render;

import dev.folio.input.ContentLoader;
import dev.folio.input.SiteFolder;
import dev.folio.problem.Problem;
import dev.folio.profile.SiteSettings;
import dev.folio.publish.FileSink;
import dev.folio.publish.SiteFiles;
import dev.folio.theme.Theme;
import dev.folio.theme.Themes;
import dev.folio.site.Page;
import dev.folio.site.Site;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.TemplateException;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    private final Path sourceDir;
    private final Theme theme;
    /** The default theme, under the chosen one: its templates and assets fill in what the theme leaves out. */
    private final Theme fallback;
    private final TemplateLayers layers;
    private final TemplateEngine engine;
    private final Path classDir;

    /** @param themeName a name from {@link Themes#available}; checked by the caller */
    public Renderer(Path sourceDir, String themeName) throws IOException {
        this.sourceDir = sourceDir;
        this.theme = Themes.find(themeName, sourceDir);
        this.fallback = Themes.find(SiteSettings.DEFAULT_THEME, sourceDir);
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
     * Loads, on the calling thread, what rendering will need (the Markdown parser, the JSON writer
     * of structured data, the social image's fonts and PNG writer), by using each on a scrap of
     * input. A command that is about to build calls it on a background thread while the content
     * loads, so a cold start pays for these while it would otherwise wait. Changes no output.
     */
    public static void warmUp() {
        new Markdown().render("# A\n\nSome *text*, a [link](a.html), https://example.com/ and `code`.\n\n"
                + "- [x] item\n\n| a | b |\n|---|---|\n| 1 | 2 |\n");
        JsonLd.warmUp();
        SocialCard.warmUp();
    }

    /**
     * Renders the pages, copies the assets and writes the site's extras (theme parameters, social
     * image, sitemap, robots.txt, feed) into a new {@link SiteFiles}. {@code updated} is the one
     * date the site states.
     */
    public SiteFiles render(Site site, java.time.Instant updated) throws IOException {
        SiteFiles files = new SiteFiles();
        for (var asset : assets(site).files().entrySet()) {
            files.add(asset.getKey(), asset.getValue());
        }
        pages(site, updated, (path, bytes) -> {
            synchronized (files) {
                files.add(path, bytes);
            }
        });
        return files;
    }

    /**
     * Every file under {@code assets/} the site publishes: the theme's assets (the default theme's,
     * then the chosen theme's over them), the theme parameters and, when the site has an address,
     * the social image. {@link #pages} gives the rest.
     */
    /** The social image last drawn, with what it shows. */
    private record Drawn(SocialCard.Card card, byte[] png) {
    }

    private volatile Drawn drawn;
    private final java.util.concurrent.atomic.AtomicInteger imagesDrawn = new java.util.concurrent.atomic.AtomicInteger();

    /** How many social images this renderer has drawn. */
    int imagesDrawn() {
        return imagesDrawn.get();
    }

    public SiteFiles assets(Site site) throws IOException {
        SiteFiles files = new SiteFiles();
        copyAssets(files);
        var input = site.input();
        files.add(ThemeCss.PATH, ThemeCss.of(input.theme()).getBytes(StandardCharsets.UTF_8));
        String siteUrl = siteUrl(site);
        if (!siteUrl.isEmpty()) {
            String accent = dev.folio.theme.Colors.parse(input.theme().value("accent", "")).orElse("#1d4ed8");
            String host = siteUrl.replaceFirst("^https?://", "").replaceFirst("/$", "");
            SocialCard.Card card = SocialCard.card(input.profile(), accent, host);
            Drawn last = drawn;
            if (last == null || !last.card().equals(card)) {
                // a renderer kept across rebuilds (a preview) draws the image again only when it changes
                last = new Drawn(card, SocialCard.draw(card));
                drawn = last;
                imagesDrawn.incrementAndGet();
            }
            files.add(SocialCard.PATH, last.png());
        }
        return files;
    }

    /**
     * Renders every page, on as many threads as there are processors, and hands each to {@code sink}
     * as soon as it is done (so from several threads at once, in no particular order); then the
     * profile's picture, robots.txt and, when the site has an address, sitemap.xml and feed.xml.
     * Each page's bytes are the same whatever the order. Every template problem is collected, in
     * page order, and thrown together as a {@link TemplateFailure} after all pages were tried.
     * A runtime exception thrown by {@code sink} stops the rendering and is rethrown as it is.
     */
    public void pages(Site site, java.time.Instant updated, FileSink sink) throws IOException {
        Views views = new Views(site, new Markdown(), hasAsset(CUSTOM_CSS));
        List<Page> pages = site.pages();
        Problem[] failed = new Problem[pages.size()];
        java.util.BitSet done = new java.util.BitSet(pages.size());
        try {
            if (classDir != null) {
                // templates compiled for this build: the first page of each kind compiles its template alone
                java.util.Set<String> seen = new java.util.HashSet<>();
                for (int i = 0; i < pages.size(); i++) {
                    if (seen.add(pages.get(i).kind().template())) {
                        failed[i] = renderPage(views, pages.get(i), sink);
                        done.set(i);
                    }
                }
            }
            java.util.stream.IntStream.range(0, pages.size()).parallel().filter(i -> !done.get(i))
                    .forEach(i -> failed[i] = renderPage(views, pages.get(i), sink));
        } catch (SinkFailure e) {
            throw e.getCause();
        }
        // Once the JVM has compiled a template that fails on many pages, its exceptions may come
        // without message or stack (and so without a line): those are left out when the same
        // template was located on another page, whichever page happened to be rendered first.
        java.util.Set<String> located = new java.util.HashSet<>();
        for (Problem problem : failed) {
            if (problem != null && problem.line() > 0) {
                located.add(problem.file());
            }
        }
        List<Problem> problems = new ArrayList<>();
        for (Problem problem : failed) {
            if (problem != null && !problems.contains(problem)
                    && (problem.line() > 0 || !located.contains(problem.file()))) {
                problems.add(problem);
            }
        }
        if (!problems.isEmpty()) {
            throw new TemplateFailure(problems);
        }
        copyImage(site, sink);
        extras(site, updated, sink);
    }

    /** Renders one page into {@code sink}; the problem when its template fails, else null. */
    private Problem renderPage(Views views, Page page, FileSink sink) {
        String template = page.kind().template();
        PageOutput out = new PageOutput();
        try {
            engine.render(template, views.of(page), out);
        } catch (TemplateException e) {
            return locate(template, e);
        }
        try {
            sink.add(page.path(), out.toByteArray());
        } catch (IOException e) {
            throw new SinkFailure(e);
        }
        return null;
    }

    /** An {@link IOException} of the sink, carried out of the rendering threads. */
    private static final class SinkFailure extends RuntimeException {

        SinkFailure(IOException cause) {
            super(cause);
        }

        @Override
        public synchronized IOException getCause() {
            return (IOException) super.getCause();
        }
    }

    private static String siteUrl(Site site) {
        String baseUrl = site.input().settings().baseUrl();
        return baseUrl.contains("://") ? baseUrl : "";
    }

    private static void extras(Site site, java.time.Instant updated, FileSink sink) throws IOException {
        var input = site.input();
        String siteUrl = siteUrl(site);
        sink.add(Sitemap.ROBOTS, Sitemap.robots(siteUrl).getBytes(StandardCharsets.UTF_8));
        if (!siteUrl.isEmpty()) {
            sink.add(Sitemap.PATH, Sitemap.sitemap(site, siteUrl, updated).getBytes(StandardCharsets.UTF_8));
            if (!input.profile().stories().isEmpty()) {
                sink.add(AtomFeed.PATH, AtomFeed.of(input.profile(), input.settings().title(), siteUrl, updated)
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

    /**
     * The stylesheet a site or theme adds after the theme's own: {@code assets/custom.css} in any
     * layer of the theme's assets (a site's {@code themes/<name>/assets/} included). Pages link it
     * only when it exists.
     */
    static final String CUSTOM_CSS = "custom.css";

    /** Whether any layer of the theme's assets (built in, or the site's own copy) holds {@code name}. */
    private boolean hasAsset(String name) {
        for (Theme t : List.of(fallback, theme)) {
            for (Optional<Path> root : List.of(t.builtIn(), t.local())) {
                if (root.isPresent() && Files.isRegularFile(root.get().resolve("assets").resolve(name))) {
                    return true;
                }
            }
        }
        return false;
    }

    private void copyAssets(SiteFiles files) throws IOException {
        SiteFolder folder = SiteFolder.of(sourceDir);
        java.util.Map<String, byte[]> assets = new java.util.TreeMap<>();
        for (Theme t : List.of(fallback, theme)) {
            if (t.builtIn().isPresent()) {
                Path dir = t.builtIn().get().resolve("assets");
                if (Files.isDirectory(dir)) {
                    try (Stream<Path> walk = Files.walk(dir)) {
                        for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile).sorted()::iterator) {
                            assets.put("assets/" + dir.relativize(file).toString().replace('\\', '/'),
                                    Files.readAllBytes(file));
                        }
                    }
                }
            }
            if (t.local().isPresent()) {
                // the site's own theme: no file behind a link that leads out of the site folder
                Path dir = t.local().get().resolve("assets");
                for (Path file : siteFiles(folder, folder.shown(dir))) {
                    assets.put("assets/" + dir.relativize(file).toString().replace('\\', '/'),
                            Files.readAllBytes(file));
                }
            }
        }
        assets.forEach(files::add);
    }

    private void copyImage(Site site, FileSink sink) throws IOException {
        String image = site.input().profile().basics().image();
        if (!image.isEmpty() && !Views.isAddress(image)) {
            SiteFolder folder = SiteFolder.of(sourceDir);
            String shown = ContentLoader.CONTENT + "/" + image;
            Optional<Problem> link = folder.outside(shown);
            if (link.isPresent()) {
                throw new IOException(link.get().format());
            }
            sink.add(Views.MEDIA + image, Files.readAllBytes(folder.root().resolve(shown)));
        }
    }

    /**
     * The files under {@code dir} of the site folder. The load phase has refused links that lead
     * out of it; one made since stops the rendering here.
     */
    private static List<Path> siteFiles(SiteFolder folder, String dir) throws IOException {
        dev.folio.problem.Problems problems = new dev.folio.problem.Problems();
        List<Path> files = folder.files(dir, problems);
        if (!problems.isEmpty()) {
            throw new IOException(problems.sorted().get(0).format());
        }
        return files;
    }

    /**
     * Turns jte's failure into the file the failing template came from (a partial the page's
     * template calls, when the failure is in it), with its line.
     */
    private Problem locate(String template, TemplateException e) {
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        TemplateMessage parsed = TemplateMessage.of(template, message);
        String detail = parsed.detail();
        Throwable cause = e.getCause();
        if (cause != null && cause != e && cause.getMessage() != null && !detail.contains(cause.getMessage())) {
            detail += ": " + cause.getMessage();
        }
        return new Problem(layers.shown(parsed.template()), parsed.line(), 0,
                detail + "; fix the template or remove the override");
    }

    /**
     * Where the classes that compiled templates use (the view records, jte's runtime) come from,
     * for the Java compiler. Not the JVM's class path: under Maven ({@code mvn generate}, the
     * serve goal) that is Maven's own launcher, and the classes come from a class loader of the
     * plugin's, which may define them without a code source; so each is found from the class file
     * itself, and every entry of a URL class loader is added.
     */
    private static List<String> classPath() {
        java.util.LinkedHashSet<String> entries = new java.util.LinkedHashSet<>();
        for (Class<?> type : new Class<?>[] {Renderer.class, dev.folio.render.view.HomeView.class,
                gg.jte.Content.class, gg.jte.html.HtmlContent.class}) {
            classRoot(type).ifPresent(entries::add);
        }
        for (ClassLoader loader = Renderer.class.getClassLoader(); loader != null; loader = loader.getParent()) {
            if (loader instanceof java.net.URLClassLoader urls) {
                for (java.net.URL url : urls.getURLs()) {
                    fileOf(url.toString()).ifPresent(entries::add);
                }
            }
        }
        return new ArrayList<>(entries);
    }

    /** The folder or jar a class was loaded from, by its class file's address. */
    static java.util.Optional<String> classRoot(Class<?> type) {
        String file = type.getName().replace('.', '/') + ".class";
        java.net.URL url = type.getClassLoader() == null ? null : type.getClassLoader().getResource(file);
        if (url == null) {
            return java.util.Optional.empty();
        }
        String address = url.toString();
        if (address.startsWith("jar:") && address.contains("!/")) {
            return fileOf(address.substring(4, address.indexOf("!/")));
        }
        if (address.endsWith(file)) {
            return fileOf(address.substring(0, address.length() - file.length()));
        }
        return java.util.Optional.empty();
    }

    private static java.util.Optional<String> fileOf(String address) {
        if (!address.startsWith("file:")) {
            return java.util.Optional.empty();
        }
        try {
            return java.util.Optional.of(Path.of(new java.net.URI(address)).toString());
        } catch (URISyntaxException | IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            return java.util.Optional.empty();
        }
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
