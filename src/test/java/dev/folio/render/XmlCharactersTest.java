package dev.folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.build.BuildOptions;
import dev.folio.build.Builder;
import dev.folio.build.TestSites;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * Text may hold characters XML cannot (control characters, U+FFFE, U+FFFF, half a surrogate pair),
 * written in YAML as escapes; the feed, the sitemap and the pages leave them out, so the feed and
 * sitemap stay well-formed.
 */
final class XmlCharactersTest {

    @TempDir
    Path dir;

    @Test
    void feedSitemapAndPagesLeaveOutWhatXmlForbids() throws Exception {
        Path source = TestSites.write(dir.resolve("site"), Map.of(
                "content/site.yml", "title: \"Sam\\uFFFE's \\x01site\"\nbaseUrl: https://sam.example.com/\n",
                "content/profile.yml", """
                        basics:
                          name: "Sam\\uFFFF Ex\\uD800ample"
                          label: Engineer
                          email: sam@example.com
                        stories:
                          - id: cache
                            title: "A \\uFFFEcache\\u0001 in front \\uDC00of \\ud83d\\ude00 the catalog\\b"
                            summary: "Fast\\e reads, \\u0085 kept"
                            problem: Slow reads.
                        """));
        Builder.build(new BuildOptions(source, dir.resolve("out"), Optional.empty()));

        Document feed = strictXml(dir.resolve("out/feed.xml"));
        assertEquals("Sam's site — stories", text(feed, "title", 0));
        assertEquals("Sam Example", text(feed, "name", 0));
        assertEquals("A cache in front of \uD83D\uDE00 the catalog", text(feed, "title", 1));
        assertEquals("Fast reads, \u0085 kept", text(feed, "summary", 0));
        Document sitemap = strictXml(dir.resolve("out/sitemap.xml"));
        assertEquals("https://sam.example.com/", text(sitemap, "loc", 0));

        for (String page : new String[] {"index.html", "stories/cache.html", "404.html"}) {
            String html = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(dir.resolve("out").resolve(page)))).toString();
            assertTrue(html.codePoints().allMatch(XmlChars::allowed), page + " holds only characters XML allows");
            assertEquals("Sam Example", Jsoup.parse(html).selectFirst(".brand").text(), page);
        }
        String home = TestSites.read(dir.resolve("out/index.html"));
        assertEquals("A cache in front of \uD83D\uDE00 the catalog",
                Jsoup.parse(home).selectFirst("a[href=stories/cache.html]").text());
    }

    @Test
    void withoutKeepsEveryOtherCharacterAndPairs() {
        String text = "a\u0000b\tc\uFFFEd\uFFFFe\uD800f\uDC00g\uD83D\uDE00h\r\n\uE000\uFFFD\u007F\u0085";
        assertEquals("ab\tcdefg\uD83D\uDE00h\r\n\uE000\uFFFD\u007F\u0085", XmlChars.without(text, 0, text.length()));
        assertEquals("fg", XmlChars.without(text, 9, 13));
        assertEquals("g", XmlChars.without(text, 12, 14), "half a pair cut off by the range is left out");
        String clean = "plain text \uD83D\uDE00";
        assertTrue(XmlChars.allAllowed(clean, 0, clean.length()));
        assertTrue(clean == XmlChars.without(clean, 0, clean.length()), "clean text is not copied");
        assertEquals("&lt;a&amp;b&gt; &quot;c&apos;", SiteXml.escape("<a&b\u0001> \"c'\uDBFF"));
    }

    private static Document strictXml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        var builder = factory.newDocumentBuilder();
        builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler() {
            @Override
            public void error(org.xml.sax.SAXParseException e) throws org.xml.sax.SAXException {
                throw e;
            }
        });
        return builder.parse(new ByteArrayInputStream(Files.readAllBytes(file)));
    }

    private static String text(Document doc, String tag, int index) {
        return doc.getElementsByTagName(tag).item(index).getTextContent();
    }
}
