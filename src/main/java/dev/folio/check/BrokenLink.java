package dev.folio.check;

import java.util.Comparator;
import java.util.Objects;

/**
 * One broken URL reference.
 *
 * @param page site-relative path with '/' separators of the file holding the reference, e.g. "stories/latency.html"
 * @param line 1-based line of the element (or of the {@code url(} token in a CSS file)
 * @param column 1-based column of the same position
 * @param attribute where the URL came from: "href", "src", "srcset", "content", "style", "url" or "@import"
 * @param target the URL as written
 * @param reason what is wrong, in words
 */
public record BrokenLink(String page, int line, int column, String attribute, String target, String reason)
        implements Comparable<BrokenLink> {

    private static final Comparator<BrokenLink> ORDER = Comparator.comparing(BrokenLink::page)
            .thenComparingInt(BrokenLink::line)
            .thenComparingInt(BrokenLink::column)
            .thenComparing(BrokenLink::attribute)
            .thenComparing(BrokenLink::target)
            .thenComparing(BrokenLink::reason);

    public BrokenLink {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(reason, "reason");
    }

    /** e.g. {@code index.html:12:5: href "stories/x.html#nope": no element with id "nope" in stories/x.html} */
    public String format() {
        return page + ":" + line + ":" + column + ": " + attribute + " \"" + target + "\": " + reason;
    }

    @Override
    public int compareTo(BrokenLink other) {
        return ORDER.compare(this, other);
    }
}
