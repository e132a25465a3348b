package dev.folio.check;

import dev.folio.check.LinkRef.Use;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Decides, the way a browser and a static host would, where each URL of a file leads: to a file of the site
 * (which must exist, in the same letter case, with the named #fragment), or out of it.
 */
final class TargetResolver {

    static final String NOT_FOUND_PAGE = "404.html";
    private static final Pattern TAB_OR_NEWLINE = Pattern.compile("[\\t\\n\\r]");

    private final SiteAddress site;
    private final List<String> baseSegments;
    private final SiteIndex index;
    private final Map<String, Set<String>> ids;
    private final Map<String, String> redirects;
    /** Outcomes by folder, use and URL: pages of one folder share most of their links. */
    private final Map<String, Memos> memos = new ConcurrentHashMap<>();

    /** What a URL led to from one folder, positions left out. */
    private record Memo(List<Finding> findings, String external) {
    }

    private static final class Memos {
        private final List<Map<String, Memo>> byUse = Stream.of(Use.values())
                .map(u -> (Map<String, Memo>) new ConcurrentHashMap<String, Memo>()).toList();
    }

    /** True when {@link #ids} holds every page: a page missing from it has no ids. */
    private volatile boolean allRead;

    /** {@code ids}: the fragment targets of every page, by site-relative path. */
    TargetResolver(SiteAddress site, SiteIndex index, Map<String, Set<String>> ids) {
        this(site, index, ids, true);
    }

    /**
     * @param allRead false while pages are still being read into {@code ids}: a link to a #fragment of a page
     *                not read yet then throws {@link Waiting} instead of being resolved
     */
    TargetResolver(SiteAddress site, SiteIndex index, Map<String, Set<String>> ids, boolean allRead) {
        this(site, index, ids, Map.of(), allRead);
    }

    /**
     * @param redirects for each page that only redirects (a meta refresh at once, as rustdoc, Hugo aliases and
     *                  Jekyll's redirect-from write), the page of the site it sends the reader to; a #fragment of
     *                  such a page is looked for there too. Filled before {@code ids} while pages are read.
     */
    TargetResolver(SiteAddress site, SiteIndex index, Map<String, Set<String>> ids, Map<String, String> redirects,
            boolean allRead) {
        this.site = site;
        this.baseSegments = segments(Percent.decodeLeniently(site.basePath()));
        this.index = index;
        this.ids = ids;
        this.redirects = redirects;
        this.allRead = allRead;
    }

    /**
     * The page of the site {@code url} leads to from a file, or null: another site, a file that is not a
     * page, or nothing at all.
     */
    String pageAt(Context ctx, String url) {
        UrlParts u = UrlParts.parse(asBrowsersRead(url));
        try {
            Normalized n;
            if (u.scheme() != null || u.authority() != null) {
                String scheme = u.scheme() == null ? "" : u.scheme();
                boolean web = scheme.isEmpty() || scheme.equals("http") || scheme.equals("https");
                if (!web || u.authority() == null || !site.isOwnHost(scheme, u.authority())) {
                    return null;
                }
                n = normalize(List.of(), u.path().isEmpty() ? "/" : u.path());
            } else if (ctx.externalBase() != null) {
                return null;
            } else if (u.path().isEmpty()) {
                return ctx.document();
            } else {
                n = normalize(u.path().startsWith("/") ? List.of() : ctx.dir(), u.path());
            }
            if (n.problem() != null || !underBase(n.segments())) {
                return null;
            }
            Resolution target = find(n);
            return target.isBroken() || !isHtml(target.path()) ? null : target.path();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Tells this resolver that every page is now in {@code ids}: links that waited can be resolved, and what was
     * remembered for the links resolved so far still holds.
     */
    void allRead() {
        allRead = true;
    }

    /** Thrown for a link whose outcome depends on the ids of a page that has not been read yet. */
    static final class Waiting extends RuntimeException {

        static final Waiting INSTANCE = new Waiting();

        private Waiting() {
            super(null, null, false, false);
        }
    }

    /**
     * Where relative URLs of a file start from.
     *
     * @param dir decoded segments of the folder relative URLs resolve against, from the host's root
     * @param document site-relative path of the page that "" and "#id" name, or null (a stylesheet, or a
     *                 {@code <base>} leading to no page of the site)
     * @param externalBase the full URL of a {@code <base>} outside the site, or null
     * @param hasBase true when the page has a {@code <base href>}
     */
    record Context(String file, Scan.Type type, List<String> dir, String document, String externalBase,
            boolean hasBase, Memos memos) {

        Context(String file, Scan.Type type, List<String> dir, String document, String externalBase,
                boolean hasBase) {
            this(file, type, dir, document, externalBase, hasBase, null);
        }
    }

    Context context(Scan scan) {
        List<String> dir = new ArrayList<>(baseSegments);
        List<String> own = segments(scan.path());
        dir.addAll(own.subList(0, own.size() - 1));
        String document = scan.type() == Scan.Type.PAGE ? scan.path() : null;
        if (scan.baseHref() == null) {
            Memos shared = scan.path().equals(NOT_FOUND_PAGE) ? null
                    : memos.computeIfAbsent(String.join("/", dir), d -> new Memos());
            return new Context(scan.path(), scan.type(), dir, document, null, false, shared);
        }
        String href = asBrowsersRead(scan.baseHref());
        UrlParts base = UrlParts.parse(href);
        boolean web = base.scheme() == null || base.scheme().equals("http") || base.scheme().equals("https");
        if (!web) {
            return new Context(scan.path(), scan.type(), dir, document, null, false);
        }
        if (base.authority() != null && !site.isOwnHost(base.scheme() == null ? "" : base.scheme(), base.authority())) {
            String full = base.scheme() == null ? (site.hasHost() ? site.scheme() : "https") + ":" + href : href;
            return new Context(scan.path(), scan.type(), dir, null, full, true);
        }
        String rawPath = base.authority() != null && base.path().isEmpty() ? "/" : base.path();
        Normalized n;
        try {
            n = normalize(base.authority() != null || rawPath.startsWith("/") ? List.of() : dir, rawPath);
        } catch (IllegalArgumentException e) {
            return new Context(scan.path(), scan.type(), dir, null, null, true);
        }
        if (n.problem() != null) {
            return new Context(scan.path(), scan.type(), dir, null, null, true);
        }
        List<String> baseDir = n.directory() || n.segments().isEmpty() ? n.segments()
                : n.segments().subList(0, n.segments().size() - 1);
        String baseDocument = null;
        if (n.path().isEmpty() && rawPath.isEmpty()) {
            baseDocument = document; // <base href=""> or "?q": the page itself
        } else if (underBase(n.segments())) {
            Resolution r = index.find(inSite(n.segments()), n.directory());
            baseDocument = r.isBroken() ? null : r.path();
        }
        return new Context(scan.path(), scan.type(), baseDir, baseDocument, null, true);
    }

    /** Adds what is wrong with {@code ref} to {@code findings}, and an external link to {@code external}. */
    void resolve(Context ctx, LinkRef ref, List<Finding> findings, List<ExternalRef> external) {
        String url = asBrowsersRead(ref.url());
        boolean sameDocument = url.isEmpty() || url.charAt(0) == '#' || url.charAt(0) == '?';
        if (ctx.memos() == null || sameDocument || ref.use() == Use.SITEMAP) {
            resolve(ctx, ref, url, findings, external);
            return;
        }
        Map<String, Memo> memo = ctx.memos().byUse.get(ref.use().ordinal());
        Memo known = memo.get(ref.url());
        if (known == null) {
            List<Finding> found = new ArrayList<>(1);
            List<ExternalRef> leaving = new ArrayList<>(1);
            resolve(ctx, ref, url, found, leaving);
            known = new Memo(List.copyOf(found), leaving.isEmpty() ? null : leaving.get(0).url());
            memo.putIfAbsent(ref.url(), known);
        }
        for (Finding f : known.findings()) {
            findings.add(Finding.at(ref, f.kind(), f.message()));
        }
        if (known.external() != null) {
            external.add(new ExternalRef(ctx.file(), ref.line(), ref.column(), ref.attribute(), known.external()));
        }
    }

    private void resolve(Context ctx, LinkRef ref, String url, List<Finding> findings, List<ExternalRef> external) {
        UrlParts u = UrlParts.parse(url);
        if (ref.use() == Use.SITEMAP) {
            sitemapEntry(ref, u, findings);
            return;
        }
        if (u.scheme() == null && u.authority() != null && ctx.externalBase() == null) {
            leavesSite(ref, u, url).ifPresent(findings::add);
        }
        if (u.scheme() != null) {
            switch (u.scheme()) {
                case "http", "https" -> web(ctx, ref, u, url, findings, external);
                case "mailto" -> ContactLinks.mailto(url.substring(url.indexOf(':') + 1))
                        .ifPresent(m -> findings.add(Finding.at(ref, Kind.INVALID_MAILTO, m)));
                case "tel" -> ContactLinks.tel(url.substring(url.indexOf(':') + 1))
                        .ifPresent(m -> findings.add(Finding.at(ref, Kind.INVALID_TEL, m)));
                case "data" -> { }
                case "javascript" -> findings.add(Finding.at(ref, Kind.JAVASCRIPT_URL,
                        "javascript: URLs are not allowed; link to a page, or use a <button> for an action"));
                default -> findings.add(Finding.at(ref, Kind.UNKNOWN_SCHEME,
                        "unknown scheme \"" + u.scheme() + ":\"; only http, https, mailto, tel and data are checked"));
            }
            return;
        }
        if (u.authority() != null) {
            web(ctx, ref, u, url, findings, external);
            return;
        }
        if (ctx.externalBase() != null) {
            external.add(external(ctx, ref, url));
            return;
        }
        if (u.path().isEmpty()) {
            if (ctx.document() != null && u.fragment() != null) {
                fragmentProblem(ctx.document(), u.fragment()).ifPresent(m ->
                        findings.add(Finding.at(ref, Kind.BROKEN_FRAGMENT, m)));
            } else if (ctx.document() == null && ctx.hasBase()) {
                findings.add(Finding.at(ref, Kind.BROKEN_LINK, "the page's <base href> leads to no file of the site"));
            }
            return;
        }
        boolean rootRelative = u.path().startsWith("/");
        if (ctx.file().equals(NOT_FOUND_PAGE) && !rootRelative && !ctx.hasBase()) {
            findings.add(Finding.at(ref, Kind.RELATIVE_LINK_IN_404, "404.html is served at any address, where this "
                    + "relative link leads elsewhere; use a root-relative link such as "
                    + site.basePath() + u.path().replaceFirst("^(\\./)+", "")));
        }
        Normalized n;
        try {
            n = normalize(rootRelative ? List.of() : ctx.dir(), u.path());
        } catch (IllegalArgumentException e) {
            findings.add(Finding.at(ref, Kind.BROKEN_LINK, "malformed percent-encoding"));
            return;
        }
        if (n.problem() != null) {
            findings.add(Finding.at(ref, Kind.BROKEN_LINK, n.problem()));
        } else if (!underBase(n.segments())) {
            findings.add(Finding.at(ref, Kind.BROKEN_LINK,
                    rootRelative ? "not under the base path " + site.basePath() : "outside the site"));
        } else {
            inSite(ref, n, u.fragment(), findings);
        }
    }

    /**
     * A link written as a path (or with an empty host, {@code ///host}) that browsers read as the address of
     * another host, {@code u} and {@code url} being what they read: a mistake, or a way to send readers off the
     * site from what looks like a page of it.
     */
    private Optional<Finding> leavesSite(LinkRef ref, UrlParts u, String url) {
        UrlParts written = UrlParts.parse(ref.url());
        boolean looksLikePath = written.scheme() == null
                && (written.authority() == null || written.authority().isEmpty());
        if (!looksLikePath || u.authority().isEmpty() || site.isOwnHost("", u.authority())) {
            return Optional.empty();
        }
        List<String> reasons = new ArrayList<>();
        String asWritten = ref.url();
        int query = firstOf(asWritten, "?#");
        if (asWritten.substring(0, query < 0 ? asWritten.length() : query).indexOf('\\') >= 0) {
            reasons.add("read \\ as /");
        }
        if (!withoutTabsAndNewlines(asWritten).equals(asWritten)) {
            reasons.add("drop tabs and newlines");
        }
        if (UrlParts.leadingSlashes(withoutTabsAndNewlines(asWritten).replace('\\', '/'), 0) > 2) {
            reasons.add("read a run of slashes at the start as //");
        }
        String scheme = site.hasHost() ? site.scheme() : "https";
        return Optional.of(Finding.at(ref, Kind.LEAVES_SITE, "browsers " + String.join(" and ", reasons)
                + ", so this leads to another host, " + u.authority() + "; write " + url.substring(1)
                + " for a page of this site, or " + scheme + ":" + url + " for that host"));
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /** An absolute (or scheme-relative) http(s) URL, as browsers read it: inside the site when under the baseUrl. */
    private void web(Context ctx, LinkRef ref, UrlParts u, String url, List<Finding> findings,
            List<ExternalRef> external) {
        String scheme = u.scheme() == null ? "" : u.scheme();
        if (ref.use() == Use.RESOURCE && scheme.equals("http") && site.https()) {
            findings.add(Finding.at(ref, Kind.INSECURE_RESOURCE,
                    "loaded over http: on an https site, browsers block or flag it; use https:"));
        }
        if (u.authority() != null && site.isOwnHost(scheme, u.authority())) {
            try {
                Normalized n = normalize(List.of(), u.path().isEmpty() ? "/" : u.path());
                if (n.problem() == null && underBase(n.segments())) {
                    inSite(ref, n, u.fragment(), findings);
                    return;
                }
            } catch (IllegalArgumentException e) {
                findings.add(Finding.at(ref, Kind.BROKEN_LINK, "malformed percent-encoding"));
                return;
            }
        }
        external.add(external(ctx, ref, url));
    }

    private void sitemapEntry(LinkRef ref, UrlParts u, List<Finding> findings) {
        boolean absolute = u.authority() != null && (u.scheme() == null ? false
                : u.scheme().equals("http") || u.scheme().equals("https"));
        if (!absolute) {
            findings.add(Finding.at(ref, Kind.BROKEN_LINK, "a sitemap lists full addresses; write "
                    + (site.hasHost() ? site.baseUrl() : "https://example.com/") + "…"));
            return;
        }
        if (site.hasHost() && !site.isOwnHost(u.scheme(), u.authority())) {
            findings.add(Finding.at(ref, Kind.BROKEN_LINK, "not an address of this site (" + site.baseUrl()
                    + "); a sitemap lists only its own site's pages"));
            return;
        }
        try {
            Normalized n = normalize(List.of(), u.path().isEmpty() ? "/" : u.path());
            if (n.problem() != null || !underBase(n.segments())) {
                findings.add(Finding.at(ref, Kind.BROKEN_LINK, "not under the site's address "
                        + site.baseUrl() + "; a sitemap lists only its own site's pages"));
            } else {
                inSite(ref, n, u.fragment(), findings);
            }
        } catch (IllegalArgumentException e) {
            findings.add(Finding.at(ref, Kind.BROKEN_LINK, "malformed percent-encoding"));
        }
    }

    private void inSite(LinkRef ref, Normalized n, String fragment, List<Finding> findings) {
        Resolution target = find(n);
        if (target.isBroken()) {
            findings.add(Finding.at(ref, target.kind(), target.problem()));
        } else if (fragment != null && isHtml(target.path())) {
            fragmentProblem(target.path(), fragment).ifPresent(m ->
                    findings.add(Finding.at(ref, Kind.BROKEN_FRAGMENT, m)));
        }
    }

    /** The file of the site a normalised path under the base path names (a folder: its index.html). */
    private Resolution find(Normalized n) {
        List<String> inSite = inSite(n.segments());
        return index.find(inSite, n.directory() || inSite.isEmpty());
    }

    private ExternalRef external(Context ctx, LinkRef ref, String url) {
        String absolute = url;
        if (ctx.externalBase() != null && UrlParts.parse(url).scheme() == null) {
            try {
                absolute = java.net.URI.create(ctx.externalBase()).resolve(url).toString();
            } catch (IllegalArgumentException e) {
                absolute = url; // left as written; the external check reports it as not a valid URL
            }
        } else if (url.startsWith("//")) {
            absolute = (site.hasHost() ? site.scheme() : "https") + ":" + url;
        }
        return new ExternalRef(ctx.file(), ref.line(), ref.column(), ref.attribute(), absolute);
    }

    /** Decoded path segments from the host's root, with dot segments applied. */
    record Normalized(List<String> segments, boolean directory, String problem) {
        String path() {
            return String.join("/", segments);
        }
    }

    /** @throws IllegalArgumentException for malformed percent-encoding */
    private static Normalized normalize(List<String> start, String rawPath) {
        List<String> path = new ArrayList<>(rawPath.startsWith("/") ? List.of() : start);
        boolean directory = false;
        int from = 0;
        while (from <= rawPath.length()) {
            int slash = rawPath.indexOf('/', from);
            int to = slash < 0 ? rawPath.length() : slash;
            String segment = Percent.decode(rawPath.substring(from, to));
            directory = segment.isEmpty() || segment.equals(".") || segment.equals("..");
            if (segment.equals("..")) {
                if (path.isEmpty()) {
                    return new Normalized(path, true, "outside the site");
                }
                path.remove(path.size() - 1);
            } else if (!directory) {
                path.add(segment);
            }
            from = to + 1;
        }
        return new Normalized(path, directory, null);
    }

    private boolean underBase(List<String> path) {
        return path.size() >= baseSegments.size() && path.subList(0, baseSegments.size()).equals(baseSegments);
    }

    private List<String> inSite(List<String> path) {
        return path.subList(baseSegments.size(), path.size());
    }

    private Optional<String> fragmentProblem(String page, String fragment) {
        int directive = fragment.indexOf(":~:"); // text fragments (#:~:text=...) name no element
        String id = directive < 0 ? fragment : fragment.substring(0, directive);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        Set<String> found = idsOf(page);
        if (found.contains(id)) {
            return Optional.empty();
        }
        String decoded = id.indexOf('%') < 0 ? id : Percent.decodeLeniently(id);
        if (found.contains(decoded) || decoded.equalsIgnoreCase("top")) {
            return Optional.empty(); // browsers scroll to the top for #top even without such an element
        }
        // a page that only redirects hands the fragment on (its script adds location.hash): look there too
        String at = page;
        for (int hop = 0; hop < 5 && redirects.get(at) != null; hop++) {
            at = redirects.get(at);
            Set<String> there = idsOf(at);
            if (there.contains(id) || there.contains(decoded)) {
                return Optional.empty();
            }
        }
        return Optional.of("no element with id \"" + decoded + "\" in " + page
                + (at.equals(page) ? "" : " or in " + at + ", where it redirects"));
    }

    /** The ids of a page; none for a page that is not read; {@link Waiting} while it may still be. */
    private Set<String> idsOf(String page) {
        Set<String> found = ids.get(page);
        if (found == null) {
            if (!allRead) {
                throw Waiting.INSTANCE;
            }
            return Set.of();
        }
        return found;
    }

    /** {@code url} as browsers read it: without tabs and newlines, '\\' as '/', {@code ///host} as {@code //host}. */
    private static String asBrowsersRead(String url) {
        return UrlParts.asBrowsersRead(withoutTabsAndNewlines(url));
    }

    private static String withoutTabsAndNewlines(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == '\t' || c == '\n' || c == '\r') {
                return TAB_OR_NEWLINE.matcher(url).replaceAll("");
            }
        }
        return url;
    }

    static boolean isHtml(String path) {
        if (path.endsWith(".html")) {
            return true;
        }
        return path.regionMatches(true, path.length() - 5, ".html", 0, 5)
                || path.regionMatches(true, path.length() - 4, ".htm", 0, 4);
    }

    private static List<String> segments(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }
}
