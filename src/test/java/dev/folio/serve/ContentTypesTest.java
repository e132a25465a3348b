package dev.folio.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

final class ContentTypesTest {

    @Test
    void fromTheExtension() {
        Map<String, String> expected = Map.ofEntries(
                Map.entry("index.html", "text/html; charset=utf-8"),
                Map.entry("assets/style.css", "text/css; charset=utf-8"),
                Map.entry("assets/app.js", "text/javascript; charset=utf-8"),
                Map.entry("assets/favicon.svg", "image/svg+xml"),
                Map.entry("me.png", "image/png"),
                Map.entry("me.JPG", "image/jpeg"),
                Map.entry("me.jpeg", "image/jpeg"),
                Map.entry("me.webp", "image/webp"),
                Map.entry("favicon.ico", "image/x-icon"),
                Map.entry("resume.json", "application/json"),
                Map.entry("feed.xml", "application/xml"),
                Map.entry("robots.txt", "text/plain; charset=utf-8"),
                Map.entry("fonts/inter.woff2", "font/woff2"),
                Map.entry("archive.tar.zst", "application/octet-stream"),
                Map.entry("LICENSE", "application/octet-stream"),
                Map.entry("a.dir/README", "application/octet-stream"),
                Map.entry(".htaccess", "application/octet-stream"));
        expected.forEach((path, type) -> assertEquals(type, ContentTypes.of(path), path));
    }
}
