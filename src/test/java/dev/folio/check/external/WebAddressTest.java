package dev.folio.check.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebAddressTest {

    @Test
    void requestsWhatABrowserWould() {
        assertEquals("https://example.com/a%20b/caf%C3%A9?q=%7Cx%7C", WebAddress.of(" https://example.com/a b/café?q=|x|#frag")
                .toString());
        assertEquals("https://example.com/", WebAddress.of("https://EXAMPLE.com").toString());
        assertEquals("https://example.com/?q=1", WebAddress.of("https://example.com?q=1").toString());
        assertEquals("https://xn--bcher-kva.example/x%2Fy", WebAddress.of("https://bücher.example/x%2Fy").toString());
        assertEquals("http://127.0.0.1:8080/a/b", WebAddress.of("HTTP://127.0.0.1:8080\\a\\b").toString());
        assertEquals("https://example.com/100%25", WebAddress.of("https://example.com/100%").toString());
    }

    @Test
    void refusesWhatIsNoWebAddress() {
        for (String bad : List.of("https://", "ftp://example.com/", "example.com", "http://exa mple.com/",
                "https://[::1/")) {
            assertThrows(IllegalArgumentException.class, () -> WebAddress.of(bad), bad);
        }
    }

    @Test
    void globsMatchTheWholeUrlIgnoringCase() {
        UrlGlob globs = new UrlGlob(List.of(), List.of("https://www.linkedin.com/*", "*://*.example.org/docs/?"));
        assertFalse(globs.accepts("https://WWW.LinkedIn.com/in/alex"));
        assertFalse(globs.accepts("http://api.example.org/docs/1"));
        assertTrue(globs.accepts("http://api.example.org/docs/12"));
        assertTrue(globs.accepts("https://linkedin.com/in/alex"));
        UrlGlob only = new UrlGlob(List.of("https://github.com/*"), List.of("*/archive/*"));
        assertTrue(only.accepts("https://github.com/alex/folio"));
        assertFalse(only.accepts("https://github.com/alex/folio/archive/v1.zip"));
        assertFalse(only.accepts("https://gitlab.com/alex"));
        assertTrue(new UrlGlob(List.of(), List.of("a.b")).accepts("axb"), "only * and ? are special");
    }

    @Test
    void durationsInMessages() {
        assertEquals("300 ms", Probe.shown(Duration.ofMillis(300)));
        assertEquals("15 s", Probe.shown(Duration.ofSeconds(15)));
        assertEquals("1.5 s", Probe.shown(Duration.ofMillis(1500)));
    }
}
