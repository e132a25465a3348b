package dev.folio.input.resume;

import java.util.List;

/**
 * One line of the résumé after cleaning: Markdown markers, escapes and bullet characters removed,
 * runs of spaces and tabs kept as a double space (a column gap), links collected.
 *
 * @param number  1-based line number in the text read (for PDFs, in the text taken from the pages)
 * @param raw     the line as read, for the report
 * @param text    the cleaned text, never null
 * @param bullet  the line started with a bullet (-, •, *, –, o, 1.)
 * @param heading the Markdown heading level (1–6), 0 for none
 * @param strong  the whole line was bold or italic
 * @param links   addresses of Markdown links on the line, in order
 * @param page    a page marker such as "Page 1 of 2"
 */
record SourceLine(int number, String raw, String text, boolean bullet, int heading, boolean strong,
        List<String> links, boolean page) {

    SourceLine {
        links = List.copyOf(links);
    }

    boolean blank() {
        return text.isEmpty() && !page;
    }

    /** The same line with other text, e.g. a part of it. */
    SourceLine withText(String other) {
        return new SourceLine(number, raw, other, bullet, heading, strong, links, page);
    }
}
