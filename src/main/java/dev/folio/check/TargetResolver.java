package dev.folio.check;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Decides whether one URL, found in one site file, leads somewhere inside the site. */
final class TargetResolver {

    private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.-]*):");
    private static final Pattern TAB_OR_NEWLINE = Pattern.compile("[\\t\\n\\r]");
    private static final Set<String> EXTERNAL_SCHEMES = Set.of("http", "https", "mailto", "tel", "data");

    private final String basePath;
    private final List<String> baseSegments;
    private final SiteFiles files;
    private final PageIds pages;

    TargetResolver(String basePath, SiteFiles files, PageIds pages) {
        this.basePath = basePath;
        this.baseSegments = segments(Percent.decodeLeniently(basePath));
        this.files = files;
        this.pages = pages;
    }

    /**
     * @param source site-relative path of the file holding the URL
     * @param sourceIsPage true for HTML pages (a bare {@code #frag} then names an element of the page itself)
     * @return the reason the URL is broken, or empty
     */
    Optional<String> problem(String source, boolean sourceIsPage, LinkRef ref) throws IOException {
        String url = TAB_OR_NEWLINE.matcher(ref.url()).replaceAll(""); // as browsers do
        if (url.startsWith("//")) {
            return Optional.empty();
        }
        Matcher scheme = SCHEME.matcher(url);
        if (scheme.find()) {
            return ref.absoluteAllowed() ? Optional.empty() : schemeProblem(scheme.group(1).toLowerCase(Locale.ROOT));
        }
        int hash = url.indexOf('#');
        String fragment = hash < 0 ? "" : url.substring(hash + 1);
        String path = hash < 0 ? url : url.substring(0, hash);
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        if (path.isEmpty()) {
            return sourceIsPage ? fragmentProblem(source, fragment) : Optional.empty();
        }
        Resolution target;
        try {
            target = locate(source, path);
        } catch (IllegalArgumentException e) {
            return Optional.of("malformed percent-encoding");
        }
        if (target.isBroken()) {
            return Optional.of(target.problem());
        }
        return isHtml(target.path()) ? fragmentProblem(target.path(), fragment) : Optional.empty();
    }

    private static Optional<String> schemeProblem(String scheme) {
        if (EXTERNAL_SCHEMES.contains(scheme)) {
            return Optional.empty();
        }
        if (scheme.equals("javascript")) {
            return Optional.of("javascript: URLs are not allowed");
        }
        return Optional.of("unknown scheme \"" + scheme + ":\"");
    }

    /** Resolves a URL path (no query, no fragment) against the URL of {@code source}. */
    private Resolution locate(String source, String rawPath) throws IOException {
        boolean rootRelative = rawPath.startsWith("/");
        List<String> path = new ArrayList<>();
        if (!rootRelative) {
            path.addAll(baseSegments);
            List<String> sourceSegments = segments(source);
            path.addAll(sourceSegments.subList(0, sourceSegments.size() - 1));
        }
        String[] raw = rawPath.split("/", -1);
        boolean directory = false;
        for (String part : raw) {
            String segment = Percent.decode(part);
            directory = segment.isEmpty() || segment.equals(".") || segment.equals("..");
            if (segment.equals("..")) {
                if (path.isEmpty()) {
                    return Resolution.broken("outside the site");
                }
                path.remove(path.size() - 1);
            } else if (!directory) {
                path.add(segment);
            }
        }
        if (path.size() < baseSegments.size() || !path.subList(0, baseSegments.size()).equals(baseSegments)) {
            return Resolution.broken(rootRelative ? "not under the base path " + basePath : "outside the site");
        }
        List<String> inSite = path.subList(baseSegments.size(), path.size());
        return files.find(inSite, directory || inSite.isEmpty());
    }

    private Optional<String> fragmentProblem(String page, String fragment) throws IOException {
        int directive = fragment.indexOf(":~:"); // text fragments (#:~:text=...) name no element
        String id = directive < 0 ? fragment : fragment.substring(0, directive);
        if (id.isEmpty()) {
            return Optional.empty();
        }
        String decoded = Percent.decodeLeniently(id);
        Set<String> ids = pages.of(page);
        if (ids.contains(id) || ids.contains(decoded) || decoded.equalsIgnoreCase("top")) {
            return Optional.empty(); // browsers scroll to the top for #top even without such an element
        }
        return Optional.of("no element with id \"" + decoded + "\" in " + page);
    }

    private static boolean isHtml(String path) {
        String lower = path.toLowerCase(Locale.ROOT);
        return lower.endsWith(".html") || lower.endsWith(".htm");
    }

    private static List<String> segments(String path) {
        return Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).toList();
    }
}
