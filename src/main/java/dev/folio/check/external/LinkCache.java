package dev.folio.check.external;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * External URLs that answered successfully, and when, kept between runs in a small JSON file:
 * {@code {"version": 1, "ok": {"https://example.com/": "2026-01-01T10:00:00Z"}}}. Failures are never
 * remembered, and a success older than the maximum age is checked again.
 */
final class LinkCache {

    private static final int VERSION = 1;
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Optional<Path> file;
    private final Clock clock;
    private final Duration maxAge;
    private final Map<String, Instant> ok = new TreeMap<>();

    private LinkCache(Optional<Path> file, Clock clock, Duration maxAge) {
        this.file = file;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    /** Reads the cache; a missing, unreadable or foreign file starts an empty one (it is a cache). */
    static LinkCache load(Optional<Path> file, Clock clock, Duration maxAge) {
        LinkCache cache = new LinkCache(file, clock, maxAge);
        if (file.isEmpty() || !Files.isRegularFile(file.get())) {
            return cache;
        }
        try {
            JsonNode root = JSON.readTree(file.get().toFile());
            if (root.path("version").asInt() != VERSION) {
                return cache;
            }
            Iterator<Map.Entry<String, JsonNode>> entries = root.path("ok").fields();
            while (entries.hasNext()) {
                Map.Entry<String, JsonNode> e = entries.next();
                try {
                    cache.ok.put(e.getKey(), Instant.parse(e.getValue().asText()));
                } catch (DateTimeParseException skipped) {
                    // an entry that cannot be read is checked again
                }
            }
        } catch (IOException e) {
            cache.ok.clear();
        }
        return cache;
    }

    /** True when {@code url} answered successfully less than the maximum age ago. */
    synchronized boolean fresh(String url) {
        Instant at = ok.get(url);
        return at != null && isFresh(at);
    }

    synchronized void remember(String url) {
        ok.put(url, clock.instant());
    }

    /** Writes the fresh entries, sorted, replacing the file in one move. */
    synchronized void save() throws IOException {
        if (file.isEmpty()) {
            return;
        }
        ObjectNode root = JSON.createObjectNode();
        root.put("version", VERSION);
        ObjectNode entries = root.putObject("ok");
        ok.forEach((url, at) -> {
            if (isFresh(at)) {
                entries.put(url, at.toString());
            }
        });
        Path target = file.get().toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path temp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temp, toJson(root) + "\n");
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private boolean isFresh(Instant at) {
        Instant now = clock.instant();
        return !at.isAfter(now) && Duration.between(at, now).compareTo(maxAge) < 0;
    }

    private static String toJson(JsonNode node) throws JsonProcessingException {
        return JSON.writeValueAsString(node);
    }
}
