package dev.folio.serve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the server shows right now: the last good site as served (HTML with the reload tag), its
 * id (changes with every good build), the problems of the latest build if it failed, and the path
 * the site's baseUrl puts it under ("/" or e.g. "/portfolio/"), where it is served too.
 */
record Snapshot(Map<String, byte[]> files, boolean built, String id, Optional<Report> problems, String basePath) {

    /** The failed build's located messages, and a line saying what they mean. */
    record Report(String title, List<String> messages) {

        String json() {
            return "{\"title\":" + Json.string(title) + ",\"messages\":" + Json.strings(messages) + "}";
        }
    }

    static Snapshot empty(String id) {
        return new Snapshot(Map.of(), false, id, Optional.empty(), "/");
    }

    /** A good build: {@code site} (untouched) served with the reload tag in its HTML. */
    static Snapshot of(Map<String, byte[]> site, String id, String basePath) {
        Map<String, byte[]> served = new HashMap<>(site.size() * 2);
        site.forEach((path, bytes) -> served.put(path, ContentTypes.isHtml(path) ? ReloadTag.inject(bytes) : bytes));
        return new Snapshot(java.util.Collections.unmodifiableMap(served), true, id, Optional.empty(), basePath);
    }

    Snapshot failed(Report report) {
        return new Snapshot(files, built, id, Optional.of(report), basePath);
    }

    long pages() {
        return files.keySet().stream().filter(ContentTypes::isHtml).count();
    }
}
