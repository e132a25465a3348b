package dev.folio.serve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the server shows right now: the last good site as served (HTML with the reload tag), its
 * id (changes with every good build), and the problems of the latest build if it failed.
 */
record Snapshot(Map<String, byte[]> files, boolean built, String id, Optional<Report> problems) {

    /** The failed build's located messages, and a line saying what they mean. */
    record Report(String title, List<String> messages) {

        String json() {
            return "{\"title\":" + Json.string(title) + ",\"messages\":" + Json.strings(messages) + "}";
        }
    }

    static Snapshot empty(String id) {
        return new Snapshot(Map.of(), false, id, Optional.empty());
    }

    /** A good build: {@code site} (untouched) served with the reload tag in its HTML. */
    static Snapshot of(Map<String, byte[]> site, String id) {
        Map<String, byte[]> served = new HashMap<>(site.size() * 2);
        site.forEach((path, bytes) -> served.put(path, ContentTypes.isHtml(path) ? ReloadTag.inject(bytes) : bytes));
        return new Snapshot(java.util.Collections.unmodifiableMap(served), true, id, Optional.empty());
    }

    Snapshot failed(Report report) {
        return new Snapshot(files, built, id, Optional.of(report));
    }

    long pages() {
        return files.keySet().stream().filter(ContentTypes::isHtml).count();
    }
}
