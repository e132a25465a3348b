package dev.folio.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class RequestPathsTest {

    @Test
    void plainPathsMapToSiteKeys() {
        assertEquals(Optional.of(""), RequestPaths.key("/"));
        assertEquals(Optional.of("index.html"), RequestPaths.key("/index.html"));
        assertEquals(Optional.of("stories/"), RequestPaths.key("/stories/"));
        assertEquals(Optional.of("stories/cache.html"), RequestPaths.key("/stories/cache.html"));
        assertEquals(Optional.of("assets/a b+c.png"), RequestPaths.key("/assets/a%20b+c.png"));
        assertEquals(Optional.of("stories/café.html"), RequestPaths.key("/stories/caf%C3%A9.html"));
    }

    @Test
    void anythingThatCouldLeaveTheSiteMapsToNothing() {
        for (String raw : List.of("", "index.html", "/..", "/../x", "/a/../b", "/a/./b", "/.", "/%2e%2e/x", "/%2E%2e/x",
                "/.%2e/x", "/a%2fb", "/a%2Fb", "/a%5cb", "/a\\b", "//x", "/a//b", "/x%00.html", "/%", "/%2", "/%zz",
                "/%c0%ae%c0%ae/x", "/%ff")) {
            assertEquals(Optional.empty(), RequestPaths.key(raw), raw);
        }
        assertEquals(Optional.empty(), RequestPaths.key(null));
    }
}
