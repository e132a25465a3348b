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
}
