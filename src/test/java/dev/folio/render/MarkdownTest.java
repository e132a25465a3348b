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
}
