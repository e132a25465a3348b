package dev.folio.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Range;

/** Collects every URL reference of a parsed page, positioned at its element's start tag. */
final class HtmlLinks {

    private static final Map<String, List<String>> URL_ATTRIBUTES = Map.of(
            "a", List.of("href"),
            "area", List.of("href"),
            "link", List.of("href"),
            "img", List.of("src"),
            "script", List.of("src"),
            "source", List.of("src"),
            "video", List.of("src", "poster"),
            "audio", List.of("src"),
            "iframe", List.of("src"));

    private static final Set<String> SRCSET_TAGS = Set.of("img", "source");

    private HtmlLinks() {
    }

    static List<LinkRef> extract(Document doc) {
        List<LinkRef> refs = new ArrayList<>();
        for (Element el : doc.getAllElements()) {
            Range.Position at = el.sourceRange().start();
            int line = at.lineNumber();
            int column = at.columnNumber();
            String tag = el.normalName();
            for (String attr : URL_ATTRIBUTES.getOrDefault(tag, List.of())) {
                if (el.hasAttr(attr)) {
                    refs.add(new LinkRef(line, column, attr, el.attr(attr).strip()));
                }
            }
            if (SRCSET_TAGS.contains(tag) && el.hasAttr("srcset")) {
                for (String url : Srcset.candidates(el.attr("srcset"))) {
                    refs.add(new LinkRef(line, column, "srcset", url));
                }
            }
            if (tag.equals("meta") && isImageMeta(el) && el.hasAttr("content")) {
                refs.add(new LinkRef(line, column, "content", el.attr("content").strip(), true));
            }
            if (el.hasAttr("style")) {
                for (CssUrls.Ref ref : CssUrls.find(el.attr("style"))) {
                    refs.add(new LinkRef(line, column, "style", ref.url()));
                }
            }
        }
        return refs;
    }

    private static boolean isImageMeta(Element meta) {
        return meta.attr("property").equalsIgnoreCase("og:image")
                || meta.attr("name").equalsIgnoreCase("twitter:image");
    }
}
