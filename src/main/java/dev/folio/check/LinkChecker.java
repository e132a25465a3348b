package dev.folio.check;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Checks a built static site folder, offline: every internal link, asset, #fragment and sitemap entry of its
 * HTML pages, stylesheets and sitemaps, and the basics of each page (title, language, description, alt text,
 * unique ids, no http: resources on an https site). Files are read in parallel and each one's URLs resolved
 * as soon as it is read, against an in-memory index of the folder, so that little is kept per file; pages are
 * parsed without positions, and the few with something to report parsed again with them.
 */
public final class LinkChecker {

    private final SiteAddress site;
    private final CheckConfig config;
    private final boolean external;

    /** baseUrl: the site's address ({@code https://alex.example.com/portfolio/}) or base path ({@code /portfolio/}). */
    public LinkChecker(String baseUrl) {
        this(SiteAddress.of(baseUrl), CheckConfig.defaults());
    }

    public LinkChecker(SiteAddress site, CheckConfig config) {
        this(site, config, false);
    }

    private LinkChecker(SiteAddress site, CheckConfig config, boolean external) {
        this.site = Objects.requireNonNull(site, "site");
        this.config = Objects.requireNonNull(config, "config");
        this.external = external;
    }

    /** A checker that also lists every external link with its place ({@link CheckReport#external()}). */
    public LinkChecker collectingExternalLinks() {
        return new LinkChecker(site, config, true);
    }

    /** Checks every page, stylesheet and sitemap under {@code siteRoot}; problems are reported, never thrown. */
    public CheckReport check(Path siteRoot) throws IOException {
        Path root = siteRoot.toRealPath();
        if (!Files.isDirectory(root)) {
            throw new NotDirectoryException(siteRoot.toString());
        }
        List<String> files = siteFiles(root);
        SiteIndex index = new SiteIndex(files, config.assumeExtension());
        List<String> readable = files.stream().filter(f -> type(f) != null).toList();
        // one pass reads each file and resolves its links at once, so that little is kept per page; a link to a
        // #fragment of a page not read yet waits for the second pass, which also reads again, with positions,
        // the pages that have something to report
        Map<String, Set<String>> ids = new ConcurrentHashMap<>(readable.size() * 2);
        Map<String, String> redirects = new ConcurrentHashMap<>();
        TargetResolver resolver = new TargetResolver(site, index, ids, redirects, false);
        List<First> first;
        try {
            first = readable.parallelStream().map(f -> first(root, resolver, ids, redirects, f)).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        resolver.allRead();
        List<Checked> checked;
        try {
            checked = first.parallelStream().map(f -> f.done() != null ? f.done() : second(root, resolver, f)).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<CheckProblem> problems = new ArrayList<>();
        List<ExternalRef> external = new ArrayList<>();
        int links = 0;
        for (Checked c : checked) {
            problems.addAll(c.problems());
            external.addAll(c.external());
            links += c.links();
        }
        int pages = (int) readable.stream().filter(f -> type(f) == Scan.Type.PAGE).count();
        return new CheckReport(readable, pages, links, 0, problems, external);
    }

    /**
     * What the first pass leaves of a file: its outcome when complete; else the file (a page with something
     * to report, read again with positions), or the links that wait for other pages with where they resolve from.
     */
    private record First(String path, Checked done, Scan scan, TargetResolver.Context context, List<LinkRef> waiting,
            int links) {
    }

    private First first(Path root, TargetResolver resolver, Map<String, Set<String>> ids,
            Map<String, String> redirects, String file) {
        Scan scan = scan(root, file, false);
        TargetResolver.Context context = resolver.context(scan);
        if (scan.type() == Scan.Type.PAGE) {
            String leadsTo = scan.redirect() == null ? null : resolver.pageAt(context, scan.redirect());
            if (leadsTo != null && !leadsTo.equals(scan.path())) {
                redirects.put(scan.path(), leadsTo); // before the ids: whoever sees the ids sees this too
            }
            ids.put(scan.path(), scan.ids());
        }
        List<Finding> findings = new ArrayList<>(scan.findings());
        List<ExternalRef> external = new ArrayList<>();
        List<LinkRef> waiting = new ArrayList<>();
        for (LinkRef ref : scan.refs()) {
            try {
                resolver.resolve(context, ref, findings, external);
            } catch (TargetResolver.Waiting w) {
                waiting.add(ref);
            }
        }
        boolean page = scan.type() == Scan.Type.PAGE;
        if (page && (!findings.isEmpty() || this.external && !external.isEmpty())) {
            return new First(file, null, null, null, null, 0); // read again with positions once all ids are known
        }
        if (!waiting.isEmpty()) {
            return page ? new First(file, null, null, context, List.copyOf(waiting), scan.refs().size())
                    : new First(file, null, scan, null, null, 0);
        }
        return new First(file, checked(scan.path(), findings, external, scan.refs().size()), null, null, null, 0);
    }

    private Checked second(Path root, TargetResolver resolver, First first) {
        if (first.scan() != null) {
            return resolve(resolver, first.scan()); // a stylesheet or sitemap: positions known from the first pass
        }
        if (first.waiting() != null) {
            List<Finding> findings = new ArrayList<>();
            List<ExternalRef> external = new ArrayList<>();
            for (LinkRef ref : first.waiting()) {
                resolver.resolve(first.context(), ref, findings, external);
            }
            if (findings.isEmpty()) {
                return new Checked(List.of(), List.of(), first.links());
            }
        }
        return resolve(resolver, scan(root, first.path(), true));
    }

    private record Checked(List<CheckProblem> problems, List<ExternalRef> external, int links) {
    }

    private Checked resolve(TargetResolver resolver, Scan scan) {
        TargetResolver.Context context = resolver.context(scan);
        List<Finding> findings = new ArrayList<>(scan.findings());
        List<ExternalRef> external = new ArrayList<>();
        for (LinkRef ref : scan.refs()) {
            resolver.resolve(context, ref, findings, external);
        }
        return checked(scan.path(), findings, external, scan.refs().size());
    }

    private Checked checked(String path, List<Finding> findings, List<ExternalRef> external, int links) {
        List<CheckProblem> problems = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            Severity severity = config.severity(f.kind());
            if (severity != Severity.IGNORE) {
                problems.add(new CheckProblem(path, f.line(), f.column(), f.kind(), severity, f.attribute(),
                        f.target(), f.message()));
            }
        }
        return new Checked(problems, this.external ? external : List.of(), links);
    }

    private static Scan scan(Path root, String file, boolean tracked) {
        Path path = root.resolve(file);
        try {
            return switch (type(file)) {
                case PAGE -> PageScanner.page(path, file, tracked);
                case STYLESHEET -> PageScanner.stylesheet(path, file);
                case SITEMAP -> PageScanner.sitemap(path, file);
            };
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What a file is read as, or null for files that hold no links (images, scripts, fonts, ...). */
    private static Scan.Type type(String file) {
        String lower = file.toLowerCase(Locale.ROOT);
        if (TargetResolver.isHtml(lower)) {
            return Scan.Type.PAGE;
        }
        if (lower.endsWith(".css")) {
            return Scan.Type.STYLESHEET;
        }
        String name = lower.substring(lower.lastIndexOf('/') + 1);
        return name.startsWith("sitemap") && name.endsWith(".xml") ? Scan.Type.SITEMAP : null;
    }

    /** Site-relative paths ('/' separators) of all regular files, sorted. */
    private static List<String> siteFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile)
                    .map(p -> StreamSupport.stream(root.relativize(p).spliterator(), false)
                            .map(Path::toString)
                            .collect(Collectors.joining("/")))
                    .sorted()
                    .toList();
        }
    }
}
