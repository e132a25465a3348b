package dev.folio.check;

import dev.folio.check.LinkRef.Use;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;

/**
 * Collects the URL references of one element, positioned at its start tag, and the malformed ones of its CSS
 * (which load nothing) as findings.
 */
final class HtmlLinks {

    private static final Map<String, List<String>> RESOURCE_ATTRIBUTES = Map.ofEntries(
            Map.entry("img", List.of("src")),
            Map.entry("script", List.of("src")),
            Map.entry("source", List.of("src")),
            Map.entry("video", List.of("src", "poster")),
            Map.entry("audio", List.of("src")),
            Map.entry("track", List.of("src")),
            Map.entry("iframe", List.of("src")),
            Map.entry("embed", List.of("src")),
            Map.entry("object", List.of("data")),
            Map.entry("input", List.of("src")),
            Map.entry("use", List.of("href", "xlink:href")));

    private static final Set<String> SRCSET_TAGS = Set.of("img", "source");
    private static final Set<String> RESOURCE_RELS = Set.of("stylesheet", "icon", "apple-touch-icon",
            "apple-touch-icon-precomposed", "mask-icon", "manifest", "preload", "modulepreload", "prefetch");
    private static final Set<String> ORIGIN_RELS = Set.of("preconnect", "dns-prefetch");
    private static final Set<String> SOCIAL_IMAGES = Set.of("og:image", "og:image:url", "og:image:secure_url",
            "twitter:image", "twitter:image:src");

    private HtmlLinks() {
    }

    /** @param tracked false when the page was parsed without positions: refs are then left at 0:0 */
    static void extract(Element el, List<LinkRef> refs, List<Finding> findings, boolean tracked) {
        String tag = el.normalName();
        if (el.attributesSize() == 0 && !tag.equals("style")) {
            return; // most elements: nothing to look at, and no position to compute
        }
        int before = refs.size();
        List<CssUrls.Bad> badStyle = List.of();
        switch (tag) {
            case "a", "area" -> add(refs, el, "href", Use.LINK);
            case "link" -> link(el, refs);
            case "meta" -> meta(el, refs);
            case "style" -> style(el, refs, findings, tracked);
            default -> {
                for (String attr : RESOURCE_ATTRIBUTES.getOrDefault(tag, List.of())) {
                    add(refs, el, attr, Use.RESOURCE);
                }
            }
        }
        if (SRCSET_TAGS.contains(tag) && el.hasAttr("srcset")) {
            for (String url : Srcset.candidates(el.attr("srcset"))) {
                refs.add(new LinkRef(0, 0, "srcset", url, Use.RESOURCE));
            }
        }
        if (el.hasAttr("style")) {
            CssUrls.Found found = CssUrls.find(el.attr("style"));
            for (CssUrls.Ref ref : found.refs()) {
                refs.add(new LinkRef(0, 0, "style", ref.url(), Use.RESOURCE));
            }
            badStyle = found.bad();
        }
        Range.Position at = badStyle.isEmpty() || !tracked ? null : el.sourceRange().start();
        for (CssUrls.Bad bad : badStyle) {
            findings.add(new Finding(at == null ? 0 : at.lineNumber(), at == null ? 0 : at.columnNumber(),
                    Kind.BROKEN_LINK, "style", bad.written(), bad.message()));
        }
        for (int i = before; tracked && i < refs.size(); i++) {
            LinkRef ref = refs.get(i);
            if (ref.line() == 0) { // not yet placed (url() in a <style> element is placed at its token)
                at = at == null ? el.sourceRange().start() : at;
                refs.set(i, new LinkRef(at.lineNumber(), at.columnNumber(), ref.attribute(), ref.url(), ref.use()));
            }
        }
    }

    /** Adds the URL in {@code attr}, positioned later by {@link #extract}. */
    private static void add(List<LinkRef> refs, Element el, String attr, Use use) {
        if (el.hasAttr(attr)) {
            refs.add(new LinkRef(0, 0, attr, el.attr(attr).strip(), use));
        }
    }

    private static void link(Element el, List<LinkRef> refs) {
        boolean resource = false;
        for (String rel : el.attr("rel").toLowerCase(Locale.ROOT).split("\\s+")) {
            if (ORIGIN_RELS.contains(rel)) {
                return; // names a server to connect to early, not a document
            }
            resource |= RESOURCE_RELS.contains(rel);
        }
        add(refs, el, "href", resource ? Use.RESOURCE : Use.LINK);
    }

    private static void meta(Element el, List<LinkRef> refs) {
        String name = sharingProperty(el);
        if (name != null) {
            if (!el.attr("content").isBlank()) { // an empty one is reported by the page's rules
                add(refs, el, "content", name.equals("og:url") ? Use.LINK : Use.SOCIAL_IMAGE);
            }
        } else if (el.attr("http-equiv").equalsIgnoreCase("refresh")) {
            String target = refreshUrl(el.attr("content"));
            if (target != null) {
                refs.add(new LinkRef(0, 0, "content", target, Use.LINK));
            }
        }
    }

    /**
     * The property (or name), in lower case, of a {@code <meta>} whose content is an address other sites read
     * when the page is shared: og:image (and its variants), twitter:image, og:url; null for any other.
     */
    static String sharingProperty(Element meta) {
        String name = (meta.hasAttr("property") ? meta.attr("property") : meta.attr("name")).toLowerCase(Locale.ROOT);
        return SOCIAL_IMAGES.contains(name) || name.equals("og:url") ? name : null;
    }

    /** The URL of a meta refresh's {@code content} ("5; url=next.html"), or null when it names none. */
    static String refreshUrl(String content) {
        int url = content.toLowerCase(Locale.ROOT).indexOf("url=");
        if (url < 0) {
            return null;
        }
        String target = content.substring(url + 4).strip();
        if (target.length() > 1 && (target.charAt(0) == '\'' || target.charAt(0) == '"')) {
            int close = target.indexOf(target.charAt(0), 1);
            target = target.substring(1, close < 0 ? target.length() : close);
        }
        return target.strip();
    }

    /** The URL of a meta refresh that leaves at once ("0; url=..."), or null. */
    static String immediateRefresh(String content) {
        String delay = content.strip();
        int end = 0;
        while (end < delay.length() && (Character.isDigit(delay.charAt(end)) || delay.charAt(end) == '.')) {
            end++;
        }
        String number = delay.substring(0, end);
        if (number.indexOf('0') < 0 || !number.chars().allMatch(c -> c == '0' || c == '.')) {
            return null; // no delay, or one of more than 0 seconds
        }
        return refreshUrl(content);
    }

    /** url() in a {@code <style>} element, positioned at the token inside it. */
    private static void style(Element el, List<LinkRef> refs, List<Finding> findings, boolean tracked) {
        String css = el.data();
        if (css.indexOf('(') < 0 && css.indexOf('@') < 0) {
            return;
        }
        CssUrls.Found found = CssUrls.find(css);
        if (found.refs().isEmpty() && found.bad().isEmpty()) {
            return;
        }
        if (!tracked) {
            found.refs().forEach(ref -> refs.add(new LinkRef(0, 0, ref.attribute(), ref.url(), Use.RESOURCE)));
            found.bad().forEach(bad -> findings.add(new Finding(0, 0, Kind.BROKEN_LINK, bad.attribute(),
                    bad.written(), bad.message())));
            return;
        }
        Range.Position contentStart = el.sourceRange().end();
        LineMap lines = LineMap.of(css);
        for (CssUrls.Ref ref : found.refs()) {
            refs.add(new LinkRef(line(contentStart, lines, ref.offset()), column(contentStart, lines, ref.offset()),
                    ref.attribute(), ref.url(), Use.RESOURCE));
        }
        for (CssUrls.Bad bad : found.bad()) {
            findings.add(new Finding(line(contentStart, lines, bad.offset()), column(contentStart, lines, bad.offset()),
                    Kind.BROKEN_LINK, bad.attribute(), bad.written(), bad.message()));
        }
    }

    /** The page's line of an offset into the text of a {@code <style>} element starting at {@code contentStart}. */
    private static int line(Range.Position contentStart, LineMap lines, int offset) {
        return contentStart.lineNumber() + lines.line(offset) - 1;
    }

    private static int column(Range.Position contentStart, LineMap lines, int offset) {
        int column = lines.column(offset);
        return lines.line(offset) == 1 ? column + contentStart.columnNumber() - 1 : column;
    }
}
