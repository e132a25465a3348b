package dev.folio.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jsoup.nodes.Document;

/** Checks a built static site folder for broken internal links in its HTML pages and CSS files. */
public final class LinkChecker {

    private final String basePath;

    /** basePath: the path part of the site's baseUrl, always starting and ending with '/', e.g. "/" or "/portfolio/". */
    public LinkChecker(String basePath) {
        Objects.requireNonNull(basePath, "basePath");
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("basePath must start and end with '/': " + basePath);
        }
        this.basePath = basePath;
    }

    /** Checks every page and stylesheet under {@code siteRoot}; broken links are reported, never thrown. */
    public CheckReport check(Path siteRoot) throws IOException {
        Path root = siteRoot.toRealPath();
        if (!Files.isDirectory(root)) {
            throw new NotDirectoryException(siteRoot.toString());
        }
        List<String> files = siteFiles(root);
        PageIds pages = new PageIds(root);
        Map<String, List<LinkRef>> refsByFile = new LinkedHashMap<>();
        int pageCount = 0;
        for (String file : files) {
            if (hasExtension(file, ".html")) {
                Document doc = PageIds.parse(root.resolve(file));
                pages.remember(file, doc);
                refsByFile.put(file, HtmlLinks.extract(doc));
                pageCount++;
            } else if (hasExtension(file, ".css")) {
                refsByFile.put(file, cssRefs(root.resolve(file)));
            }
        }
        TargetResolver resolver = new TargetResolver(basePath, new SiteFiles(root), pages);
        List<BrokenLink> broken = new ArrayList<>();
        int linkCount = 0;
        for (Map.Entry<String, List<LinkRef>> entry : refsByFile.entrySet()) {
            String file = entry.getKey();
            boolean isPage = hasExtension(file, ".html");
            for (LinkRef ref : entry.getValue()) {
                linkCount++;
                resolver.problem(file, isPage, ref).ifPresent(reason -> broken.add(
                        new BrokenLink(file, ref.line(), ref.column(), ref.attribute(), ref.url(), reason)));
            }
        }
        Collections.sort(broken);
        return new CheckReport(pageCount, linkCount, broken);
    }

    private static List<LinkRef> cssRefs(Path file) throws IOException {
        String css = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        if (css.startsWith("\uFEFF")) {
            css = css.substring(1);
        }
        LineMap lines = LineMap.of(css);
        List<LinkRef> refs = new ArrayList<>();
        for (CssUrls.Ref ref : CssUrls.find(css)) {
            refs.add(new LinkRef(lines.line(ref.offset()), lines.column(ref.offset()), ref.attribute(), ref.url()));
        }
        return refs;
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

    private static boolean hasExtension(String file, String extension) {
        return file.toLowerCase(Locale.ROOT).endsWith(extension);
    }
}
