package dev.folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link MarkdownHtml} must give, byte for byte, the HTML flexmark's HtmlRenderer gives with the
 * options {@link Markdown} sets, for every document.
 */
final class MarkdownHtmlTest {

    private final Markdown markdown = new Markdown();

    @Test
    void everyFeatureGivesFlexmarksHtml() {
        assertSameHtml(MarkdownSamples.features());
    }

    @Test
    void repositoryTextGivesFlexmarksHtml() {
        List<String> documents = new ArrayList<>();
        documents.addAll(MarkdownSamples.files(Path.of("src/test/resources/hostile"), ""));
        documents.addAll(MarkdownSamples.files(Path.of("src/test/resources"), ".md"));
        documents.addAll(MarkdownSamples.files(Path.of("content"), ""));
        assertTrue(documents.size() > 40, "found " + documents.size() + " files");
        assertSameHtml(documents);
    }

    @Test
    void randomDocumentsGiveFlexmarksHtml() {
        Random random = new Random(20240611L);
        List<String> documents = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            documents.add(MarkdownSamples.document(random, 1 + random.nextInt(8)));
        }
        for (int i = 0; i < 2000; i++) {
            documents.add(MarkdownSamples.soup(random, 1 + random.nextInt(120)));
        }
        assertSameHtml(documents);
    }

    @Test
    void theMarkupCheckCatchesRawHtmlAndUnsafeLinks() {
        assertNull(onlyKnownMarkup("<p><a href=\"https://example.com/?a=1&amp;b=2\" title=\"t\">x</a></p>\n"));
        assertTrue(onlyKnownMarkup("<p><script>alert(1)</script></p>").startsWith("<script>"));
        assertTrue(onlyKnownMarkup("<img src=x onerror=alert(1)>").startsWith("<img src=x"));
        assertEquals("<a href=\"javascript:alert(1)\">", onlyKnownMarkup("<a href=\"javascript:alert(1)\">x</a>"));
        assertEquals("<a onclick=\"x\">", onlyKnownMarkup("<a onclick=\"x\">x</a>"));
    }

    @Test
    void aNodeTheWriterDoesNotKnowLeavesTheDocumentToFlexmark() {
        var document = new com.vladsch.flexmark.util.ast.Document(null,
                com.vladsch.flexmark.util.sequence.BasedSequence.of("x"));
        document.appendChild(new com.vladsch.flexmark.util.ast.Node() {
            @Override
            public com.vladsch.flexmark.util.sequence.BasedSequence[] getSegments() {
                return com.vladsch.flexmark.util.ast.Node.EMPTY_SEGMENTS;
            }
        });
        assertNull(MarkdownHtml.write(MarkdownHtml.Settings.of(new com.vladsch.flexmark.util.data.MutableDataSet()
                .set(com.vladsch.flexmark.html.HtmlRenderer.ESCAPE_HTML, true)), document));
    }

    /**
     * Each document's HTML from the writer equals flexmark's, and {@link Markdown#render} gives it;
     * no document is left to flexmark.
     *
     * <p>With assertions on (as in tests), flexmark's own check that every node sits in a document
     * fails for a few odd lists (a heading and a tab-indented marker in a task item) while it
     * gives the heading ids; the writer has its ids given the same way and must fail the same.
     */
    private void assertSameHtml(List<String> documents) {
        List<String> failures = new ArrayList<>();
        int declined = 0;
        for (String text : documents) {
            String expected;
            try {
                expected = markdown.renderWithFlexmark(text);
            } catch (AssertionError flexmarkAssertion) {
                try {
                    markdown.renderWithWriter(text);
                    failures.add("flexmark fails an assertion, the writer does not: " + show(text));
                } catch (AssertionError alsoInWriter) {
                    // the same as flexmark
                }
                continue;
            }
            String written = markdown.renderWithWriter(text);
            if (written == null) {
                declined++;
            } else if (!expected.equals(written)) {
                failures.add("input:    " + show(text) + "\nflexmark: " + show(expected) + "\nwriter:   " + show(written));
            } else {
                String markup = onlyKnownMarkup(written);
                if (markup != null) {
                    failures.add("unexpected markup " + markup + " for " + show(text));
                }
            }
            String rendered = markdown.render(text).toString();
            if (!text.isBlank() && !expected.equals(rendered)) {
                failures.add("render() differs for " + show(text));
            }
        }
        assertEquals(List.of(), failures.subList(0, Math.min(5, failures.size())),
                failures.size() + " of " + documents.size() + " documents differ");
        assertEquals(0, declined, "documents the writer left to flexmark");
    }

    private static final Pattern TAG = Pattern.compile("<(/?)([^\\s/>]*)((?:\\s+[^\\s=>]+=\"[^\"]*\")*)\\s*/?>");
    private static final Pattern ATTRIBUTE = Pattern.compile("\\s+([^\\s=>]+)=\"");
    private static final Set<String> TAGS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "a", "em", "strong",
            "del", "code", "pre", "ul", "ol", "li", "blockquote", "hr", "br", "img", "table", "thead", "tbody", "tr",
            "th", "td", "caption", "input");
    private static final Set<String> ATTRIBUTES = Set.of("href", "src", "alt", "title", "id", "class", "start",
            "align", "colspan", "tabindex", "type", "checked", "disabled", "readonly");

    /**
     * Null if every {@code <} in {@code html} opens a tag folio's Markdown may write, with only
     * attributes it may write, and no {@code href} or {@code src} value has a scheme Markdown drops
     * (the value as written, entities not decoded); else the first offending markup.
     */
    static String onlyKnownMarkup(String html) {
        int from = 0;
        for (int lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', from)) {
            Matcher tag = TAG.matcher(html).region(lt, html.length());
            if (!tag.lookingAt() || !TAGS.contains(tag.group(2))) {
                return html.substring(lt, Math.min(html.length(), lt + 40));
            }
            Matcher attribute = ATTRIBUTE.matcher(tag.group(3));
            while (attribute.find()) {
                String name = attribute.group(1);
                int end = tag.group(3).indexOf('"', attribute.end());
                String value = tag.group(3).substring(attribute.end(), end);
                if (!ATTRIBUTES.contains(name) || ((name.equals("href") || name.equals("src"))
                        && !Markdown.safe(value.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">")
                                .replace("&amp;", "&")))) {
                    return tag.group();
                }
            }
            from = tag.end();
        }
        return null;
    }

    private static String show(String s) {
        return s.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }
}
