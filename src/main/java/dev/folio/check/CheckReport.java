package dev.folio.check;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking one built site.
 *
 * @param pagesChecked number of {@code *.html} files that were scanned
 * @param linksChecked number of URLs looked at (including skipped external ones)
 * @param broken every broken link found, sorted by page, line, column, attribute, target
 */
public record CheckReport(int pagesChecked, int linksChecked, List<BrokenLink> broken) {

    public CheckReport {
        broken = List.copyOf(Objects.requireNonNull(broken, "broken"));
    }

    /** True when no broken link was found. */
    public boolean ok() {
        return broken.isEmpty();
    }
}
