package dev.folio.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;
import org.jsoup.parser.Parser;

/** Reads one file of the site (page, stylesheet or sitemap) into a {@link Scan}, in one pass over its elements. */
final class PageScanner {

    private static final Range.Position UNKNOWN = new Document("").sourceRange().start();

    private PageScanner() {
    }

    /**
     * @param tracked whether to record positions: without them parsing is about a third faster, so pages are
     *                read untracked first and only those with something to report are read again
     */
    static Scan page(Path file, String path, boolean tracked) throws IOException {
        Document doc = parseHtml(file, tracked);
        List<LinkRef> refs = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Map<String, Element> firstWithId = new HashMap<>();
        String baseHref = null;
        String redirect = null;
        boolean description = false;
        Element emptyDescription = null;
        Element title = null;
        for (Element el : doc.getAllElements()) {
            HtmlLinks.extract(el, refs, findings, tracked);
            String id = el.id();
            if (!id.isEmpty()) {
                ids.add(id);
                Element first = firstWithId.putIfAbsent(id, el);
                if (first != null) {
                    Range.Position at = tracked ? first.sourceRange().start() : UNKNOWN;
                    findings.add(finding(el, Kind.DUPLICATE_ID, "id", id, "also the id of the element at "
                            + at.lineNumber() + ":" + at.columnNumber() + "; make each id unique within the page"));
                }
            }
            switch (el.normalName()) {
                case "a" -> {
                    if (!el.attr("name").isEmpty()) {
                        ids.add(el.attr("name"));
                    }
                }
                case "img" -> {
                    if (!el.hasAttr("alt")) {
                        findings.add(finding(el, Kind.MISSING_ALT, "src", el.attr("src").strip(),
                                "<img> has no alt attribute; describe the image in alt=\"…\", or write alt=\"\""
                                        + " if it is decorative"));
                    }
                    Finding noSource = withoutSource(el);
                    if (noSource != null) {
                        findings.add(noSource);
                    }
                }
                case "title" -> title = title == null && !inSvg(el) ? el : title;
                case "base" -> {
                    if (baseHref == null && el.hasAttr("href")) {
                        baseHref = el.attr("href").strip();
                    }
                }
                case "meta" -> {
                    if (redirect == null && el.attr("http-equiv").equalsIgnoreCase("refresh")) {
                        redirect = HtmlLinks.immediateRefresh(el.attr("content"));
                    }
                    String sharing = HtmlLinks.sharingProperty(el);
                    if (sharing != null && el.attr("content").isBlank()) {
                        findings.add(emptySharingAddress(el, sharing));
                    }
                    if (el.attr("name").equalsIgnoreCase("description")) {
                        if (el.attr("content").isBlank()) {
                            emptyDescription = emptyDescription == null ? el : emptyDescription;
                        } else {
                            description = true;
                        }
                    }
                }
                default -> { }
            }
        }
        pageRules(doc, title, description, emptyDescription, findings);
        return new Scan(path, Scan.Type.PAGE, refs, ids, baseHref, findings, redirect);
    }

    /** Title, language and description of the page. */
    private static void pageRules(Document doc, Element title, boolean description, Element emptyDescription,
            List<Finding> findings) {
        Element html = doc.firstElementChild();
        Element head = doc.head();
        Element headOrHtml = explicit(head) ? head : html;
        if (title == null) {
            findings.add(finding(headOrHtml, Kind.MISSING_TITLE, "", "",
                    "the page has no <title>; add <title>…</title> to its <head>"));
        } else if (title.text().isBlank()) {
            findings.add(finding(title, Kind.MISSING_TITLE, "", "", "the page's <title> is empty; give the page a title"));
        }
        if (html == null || html.attr("lang").isBlank() && html.attr("xml:lang").isBlank()) {
            findings.add(finding(html, Kind.MISSING_LANG, "", "",
                    "<html> has no lang attribute; name the page's language, e.g. <html lang=\"en\">"));
        }
        if (!description) {
            findings.add(emptyDescription != null
                    ? finding(emptyDescription, Kind.MISSING_DESCRIPTION, "", "",
                            "the meta description is empty; describe the page in a sentence")
                    : finding(headOrHtml, Kind.MISSING_DESCRIPTION, "", "",
                            "the page has no <meta name=\"description\">; add one that describes the page in a sentence"));
        }
    }

    /**
     * Parses with positions. Pages are read as UTF-8 (what folio writes, and nearly every site) unless they
     * start with a byte order mark or declare another charset early on; those go through jsoup's detection.
     */
    private static Document parseHtml(Path file, boolean tracked) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length >= 2 && (bytes[0] == (byte) 0xFE || bytes[0] == (byte) 0xFF) || declaresOtherCharset(bytes)) {
            return Jsoup.parse(file.toFile(), null, "", Parser.htmlParser().setTrackPosition(tracked));
        }
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        String html = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        return Jsoup.parse(html, "", Parser.htmlParser().setTrackPosition(tracked));
    }

    /** True when the first KiB names a charset other than UTF-8 ({@code charset=...} of a meta element). */
    static boolean declaresOtherCharset(byte[] bytes) {
        int end = Math.min(bytes.length, 1024);
        byte[] key = {'c', 'h', 'a', 'r', 's', 'e', 't', '='};
        outer:
        for (int i = 0; i + key.length <= end; i++) {
            for (int k = 0; k < key.length; k++) {
                if ((bytes[i + k] | 0x20) != key[k]) {
                    continue outer;
                }
            }
            int v = i + key.length;
            while (v < end && (bytes[v] == '"' || bytes[v] == '\'' || bytes[v] == ' ')) {
                v++;
            }
            String value = new String(bytes, v, Math.min(5, end - v), StandardCharsets.ISO_8859_1)
                    .toLowerCase(java.util.Locale.ROOT);
            return !(value.startsWith("utf-8") || value.startsWith("utf8"));
        }
        return false;
    }

    static Scan stylesheet(Path file, String path) throws IOException {
        String css = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        if (css.startsWith("\uFEFF")) {
            css = css.substring(1);
        }
        LineMap lines = LineMap.of(css);
        List<LinkRef> refs = new ArrayList<>();
        CssUrls.Found found = CssUrls.find(css);
        for (CssUrls.Ref ref : found.refs()) {
            refs.add(new LinkRef(lines.line(ref.offset()), lines.column(ref.offset()), ref.attribute(), ref.url(),
                    LinkRef.Use.RESOURCE));
        }
        List<Finding> findings = new ArrayList<>();
        for (CssUrls.Bad bad : found.bad()) {
            findings.add(new Finding(lines.line(bad.offset()), lines.column(bad.offset()), Kind.BROKEN_LINK,
                    bad.attribute(), bad.written(), bad.message()));
        }
        return new Scan(path, Scan.Type.STYLESHEET, refs, Set.of(), null, findings, null);
    }

    /** Every {@code <loc>} (and {@code xhtml:link href}) of a sitemap or sitemap index. */
    static Scan sitemap(Path file, String path) throws IOException {
        Document doc = Jsoup.parse(file.toFile(), null, "", Parser.xmlParser().setTrackPosition(true));
        List<LinkRef> refs = new ArrayList<>();
        for (Element el : doc.getAllElements()) {
            String name = el.normalName();
            Range.Position at = el.sourceRange().start();
            if (name.equals("loc") || name.endsWith(":loc")) {
                refs.add(new LinkRef(at.lineNumber(), at.columnNumber(), "loc", el.text().strip(),
                        LinkRef.Use.SITEMAP));
            } else if (name.equals("xhtml:link") && el.hasAttr("href")) {
                refs.add(new LinkRef(at.lineNumber(), at.columnNumber(), "href", el.attr("href").strip(),
                        LinkRef.Use.SITEMAP));
            }
        }
        return new Scan(path, Scan.Type.SITEMAP, refs, Set.of(), null, List.of(), null);
    }

    /**
     * What is wrong with an {@code <img>} that has no image to show: no src (nor srcset), an empty one, or an
     * address only in data-src or data-srcset, which a lazy-loading script moves into place; null when it has one.
     */
    private static Finding withoutSource(Element img) {
        if (!img.attr("src").isBlank() || !img.attr("srcset").isBlank()) {
            return null;
        }
        for (String lazy : new String[] {"data-src", "data-srcset"}) {
            if (!img.attr(lazy).isBlank()) {
                return finding(img, Kind.MISSING_SRC, lazy, img.attr(lazy).strip(), "<img> has only " + lazy
                        + ", so it shows nothing without script; give the address in src=\"…\" as well (with"
                        + " loading=\"lazy\" the browser itself loads it late)");
            }
        }
        return finding(img, Kind.MISSING_SRC, "", "", "<img> has " + (img.hasAttr("src") ? "an empty" : "no")
                + " src; give the image's address in src=\"…\"");
    }

    /** An og:image, twitter:image or og:url {@code <meta>} (its {@code sharing} property) with no address. */
    private static Finding emptySharingAddress(Element meta, String sharing) {
        String key = meta.hasAttr("property") ? "property" : "name";
        String example = sharing.equals("og:url")
                ? "page's full address, e.g. content=\"https://example.com/about.html\""
                : "image's full address, e.g. content=\"https://example.com/card.png\"";
        return finding(meta, Kind.BROKEN_LINK, "", "", "<meta " + key + "=\"" + meta.attr(key) + "\"> has "
                + (meta.hasAttr("content") ? "an empty" : "no") + " content; give the " + example
                + ", or remove the element");
    }

    /** An SVG's {@code <title>} names the drawing, not the page. */
    private static boolean inSvg(Element el) {
        for (Element p = el.parent(); p != null; p = p.parent()) {
            if (p.normalName().equals("svg")) {
                return true;
            }
        }
        return false;
    }

    private static boolean explicit(Element el) {
        return el != null && el.sourceRange().isTracked() && !el.sourceRange().isImplicit();
    }

    /** A finding at the element's start tag, or at 1:1 when the element is not in the source. */
    private static Finding finding(Element el, Kind kind, String attribute, String target, String message) {
        int line = 1;
        int column = 1;
        if (explicit(el)) {
            line = el.sourceRange().start().lineNumber();
            column = el.sourceRange().start().columnNumber();
        }
        return new Finding(line, column, kind, attribute, target, message);
    }
}
