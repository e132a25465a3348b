package dev.folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

final class MarkdownTest {

    private final Markdown markdown = new Markdown();

    @Test
    void rawHtmlIsShownAsText() {
        String html = markdown.render("Hi <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>").toString();
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img"), html);
        assertTrue(html.contains("&lt;script&gt;"), html);
    }

    @Test
    void unsafeLinkSchemesLoseTheirTarget() {
        String html = markdown.render("[a](javascript:alert(1)) [b](JaVaScRiPt:x) [c](https://example.com/) "
                + "[d](mailto:a@example.com) [e](../stories/x.html#top) ![i](data:image/png;base64,AAAA)").toString();
        assertFalse(html.toLowerCase().contains("javascript:"), html);
        assertFalse(html.contains("data:image"), html);
        assertTrue(html.contains("href=\"https://example.com/\""), html);
        assertTrue(html.contains("href=\"mailto:a@example.com\""), html);
        assertTrue(html.contains("href=\"../stories/x.html#top\""), html);
    }

    @Test
    void schemesSpelledWithCharacterReferencesLoseTheirTargetToo() {
        // a browser decodes references in an attribute before it reads the scheme
        for (String target : new String[] {"&#106;avascript&#58;alert(1)", "&#x6A;avascript&#x3A;alert(1)",
                "javascript&colon;alert(1)", "&#106avascript&#58alert(1)", "java&#x09;script:alert(1)",
                "&Tab;javascript:alert(1)", "data&colon;text/html;base64,PHNjcmlwdD4="}) {
            String html = markdown.render("[x](" + target + ") ![y](" + target + ")").toString();
            assertEquals("<p><a>x</a> <img alt=\"y\" /></p>\n", html, target);
            org.jsoup.nodes.Document parsed = org.jsoup.Jsoup.parse(html);
            assertTrue(parsed.select("[href], [src]").isEmpty(), target);
        }
        assertEquals("<p><a href=\"https://example.com/?a=1&amp;b=2\">x</a></p>\n",
                markdown.render("[x](https://example.com/?a=1&amp;b=2)").toString());
        assertEquals("<p><a href=\"../a&amp;b.html\">x</a></p>\n", markdown.render("[x](../a&b.html)").toString());
    }

    @Test
    void tablesHeadingsAndCode() {
        String html = markdown.render("## Results\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```java\nint x = 1 < 2;\n```\n")
                .toString();
        assertTrue(html.contains("<h2><a href=\"#results\" id=\"results\">Results</a></h2>"), html);
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("int x = 1 &lt; 2;"), html);
        assertTrue(html.contains("<pre tabindex=\"0\">"), "scrollable code is reachable by keyboard: " + html);
    }

    @Test
    void blankIsEmpty() {
        assertTrue(markdown.render("  \n").isEmptyContent());
        assertEquals("", markdown.render("").toString());
    }

    @Test
    void textWithNothingToLinkSkipsTheAutolinkPassWithTheSameHtml() throws Exception {
        java.util.List<String> documents = new java.util.ArrayList<>(java.util.List.of(
                "## Results\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- [x] done\n- ~~gone~~\n\n```java\nint x;\n```\n",
                "Plain words, *emphasis*, `code`, [a link](other.html) and ![a picture](p.png \"t\").\n",
                "Hi <script>alert(1)</script>\n\n<img src=x onerror=alert(1)>",
                "Ratios 3:1 and paths a/b, but no address.\n"));
        try (var stories = java.nio.file.Files.list(java.nio.file.Path.of("content/stories"))) {
            for (var story : (Iterable<java.nio.file.Path>) stories.sorted()::iterator) {
                documents.add(java.nio.file.Files.readString(story));
            }
        }
        for (String text : documents) {
            assertEquals(markdown.renderWithAutolinks(text).toString(), markdown.render(text).toString(), text);
        }
        assertFalse(Markdown.mayAutolink(documents.get(0)));
        assertFalse(Markdown.mayAutolink(documents.get(3)));
    }

    @Test
    void anythingTheAutolinkPassCouldLinkKeepsIt() {
        for (String text : new String[] {"see https://example.com/x", "mail sam@example.com", "www.example.com",
                "http:\\/\\/example.com", "http\\://example.com", "https&#58;//example.com", "x &amp; y"}) {
            assertTrue(Markdown.mayAutolink(text), text);
            assertEquals(markdown.renderWithAutolinks(text).toString(), markdown.render(text).toString(), text);
        }
        assertTrue(markdown.render("see https://example.com/x").toString().contains("<a href=\"https://example.com/x\">"));
        assertTrue(markdown.render("see www.example.com").toString().contains("<a href=\"http://www.example.com\">"));
    }
}
