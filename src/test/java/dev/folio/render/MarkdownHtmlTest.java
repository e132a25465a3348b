package dev.folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
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

    private static String show(String s) {
        return s.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
    }
}
