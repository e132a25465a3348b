package dev.folio.check;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/** Parses pages with position tracking and remembers the fragment targets (ids, {@code <a name>}) of each. */
final class PageIds {

    private final Path root;
    private final Map<String, Set<String>> ids = new HashMap<>();

    PageIds(Path root) {
        this.root = root;
    }

    static Document parse(Path file) throws IOException {
        return Jsoup.parse(file, null, "", Parser.htmlParser().setTrackPosition(true));
    }

    void remember(String page, Document doc) {
        Set<String> found = new HashSet<>();
        for (Element el : doc.select("[id]")) {
            found.add(el.id());
        }
        for (Element el : doc.select("a[name]")) {
            found.add(el.attr("name"));
        }
        found.remove("");
        ids.put(page, found);
    }

    /** Ids of a site-relative page, parsing it now if it was not walked (e.g. an .htm file). */
    Set<String> of(String page) throws IOException {
        if (!ids.containsKey(page)) {
            remember(page, parse(root.resolve(page)));
        }
        return ids.get(page);
    }
}
