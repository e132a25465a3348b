package dev.folio.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UrlPartsTest {

    @Test
    void splitsWithoutDecoding() {
        assertEquals(new UrlParts("https", "Alex.example.com:8443", "/a%20b/c.html", "x=1", "frag"),
                UrlParts.parse("HTTPS://Alex.example.com:8443/a%20b/c.html?x=1#frag"));
        assertEquals(new UrlParts(null, "cdn.example.com", "/x.js", null, null), UrlParts.parse("//cdn.example.com/x.js"));
        assertEquals(new UrlParts(null, null, "../a.html", "", ""), UrlParts.parse("../a.html?#"));
        assertEquals(new UrlParts("mailto", null, "me@example.com", "subject=hi", null),
                UrlParts.parse("mailto:me@example.com?subject=hi"));
        assertEquals(new UrlParts("a", null, "b/c.html", null, null), UrlParts.parse("a:b/c.html"));
        assertEquals(new UrlParts(null, null, "./a:b.html", null, null), UrlParts.parse("./a:b.html"));
        assertEquals(new UrlParts(null, null, "", null, "top"), UrlParts.parse("#top"));
    }

    @Test
    void readsBackslashesAndRunsOfSlashesAsBrowsersDoInWebAddressesOnly() {
        assertEquals("//evil.example/p", UrlParts.asBrowsersRead("/\\evil.example/p"));
        assertEquals("//evil.example", UrlParts.asBrowsersRead("\\\\evil.example"));
        assertEquals("//evil.example/", UrlParts.asBrowsersRead("////evil.example/"));
        assertEquals("HTTPS://evil.example/a?q=\\#x\\y", UrlParts.asBrowsersRead("HTTPS:\\\\evil.example\\a?q=\\#x\\y"));
        assertEquals("http://evil.example", UrlParts.asBrowsersRead("http:///evil.example"));
        assertEquals("stories/a.html#x\\y", UrlParts.asBrowsersRead("stories\\a.html#x\\y"));
        assertEquals("mailto:a\\b@example.com", UrlParts.asBrowsersRead("mailto:a\\b@example.com"));
        assertEquals("file:///c:/x", UrlParts.asBrowsersRead("file:///c:/x"));
        assertEquals("//cdn.example.com/x.js", UrlParts.asBrowsersRead("//cdn.example.com/x.js"));
    }
}
