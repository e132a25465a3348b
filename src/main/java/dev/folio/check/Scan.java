package dev.folio.check;

import java.util.List;
import java.util.Set;

/**
 * What was read from one file of the site: its URLs, its fragment targets and the problems of the file itself.
 *
 * @param baseHref the {@code href} of the page's first {@code <base>}, or null
 * @param redirect the URL of a {@code <meta http-equiv="refresh" content="0; url=...">} that sends the
 *                 reader on at once (a page that only redirects), or null
 */
record Scan(String path, Type type, List<LinkRef> refs, Set<String> ids, String baseHref, List<Finding> findings,
        String redirect) {

    enum Type { PAGE, STYLESHEET, SITEMAP }

    Scan {
        refs = List.copyOf(refs);
        ids = java.util.Collections.unmodifiableSet(ids); // not copied: pages hold many ids, and the scan owns them
        findings = List.copyOf(findings);
    }
}
