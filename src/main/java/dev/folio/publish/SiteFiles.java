package dev.folio.publish;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The finished site in memory: site-relative paths ('/' separated) to bytes, sorted so that every
 * build writes in the same order. Paths cannot leave the site.
 */
public final class SiteFiles {

    private final SortedMap<String, byte[]> files = new TreeMap<>();

    public void add(String path, byte[] bytes) {
        requireSitePath(path);
        files.put(path, bytes.clone());
    }

    /** Refuses paths that are empty, absolute, hold backslashes or NUL, or leave the site. */
    static void requireSitePath(String path) {
        if (path.isEmpty() || path.startsWith("/") || path.contains("\\") || path.contains("\0")
                || ("/" + path + "/").contains("/../") || ("/" + path + "/").contains("/./")
                || path.endsWith("/")) {
            throw new IllegalArgumentException("not a site path: " + path);
        }
    }

    public Map<String, byte[]> files() {
        return Collections.unmodifiableSortedMap(files);
    }

    public long pageCount() {
        return files.keySet().stream().filter(p -> p.endsWith(".html")).count();
    }
}
