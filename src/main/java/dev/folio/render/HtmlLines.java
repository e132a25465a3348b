package dev.folio.render;

import java.util.Arrays;

/**
 * The text buffer behind {@link MarkdownHtml}: HTML is appended the way flexmark's HTML writer lays
 * it out with folio's options (no indentation, leading whitespace trimmed), so the result is the
 * same string.
 *
 * <p>Outside preformatted text, a space is dropped while its line holds nothing but spaces and tabs
 * (a tab is kept); {@link #line()} ends the line only if it holds something; a newline always ends
 * it. When the text is taken, a run of empty lines outside preformatted text keeps only its first.
 * Inside preformatted text everything is kept as written.
 */
final class HtmlLines {

    private final StringBuilder out;
    /** Where the current line starts in {@link #out}. */
    private int lineStart;
    /** True while the current line holds only spaces and tabs (or nothing). */
    private boolean blank = true;
    private int preformatted;
    /** Offsets in {@link #out} of the newline ending each empty line written outside preformatted text. */
    private int[] emptyLines = new int[0];
    private int emptyLineCount;

    HtmlLines(int capacity) {
        this.out = new StringBuilder(capacity);
    }

    /** Ends the current line if it holds anything. */
    void line() {
        if (preformatted > 0 || out.length() != lineStart) {
            newline();
        }
    }

    void openPre() {
        preformatted++;
    }

    void closePre() {
        preformatted--;
    }

    /** Appends markup that holds no whitespace: a tag, an entity. */
    void markup(String markup) {
        blank = false;
        out.append(markup);
    }

    /** Appends {@code s} as it is, newlines and spaces included, with the line rules above. */
    void raw(String s) {
        plain(s, 0, s.length());
    }

    /** Appends {@code s} with {@code & < > "} escaped. */
    void text(String s) {
        text(s, 0, s.length());
    }

    /** Appends {@code s[start, end)} with {@code & < > "} escaped. */
    void text(String s, int start, int end) {
        int run = start;
        for (int i = start; i < end; i++) {
            char c = s.charAt(i);
            if (c > '>') {
                continue;
            }
            String escaped;
            switch (c) {
                case '&' -> escaped = "&amp;";
                case '<' -> escaped = "&lt;";
                case '>' -> escaped = "&gt;";
                case '"' -> escaped = "&quot;";
                default -> {
                    continue;
                }
            }
            if (run < i) {
                plain(s, run, i);
            }
            markup(escaped);
            run = i + 1;
        }
        if (run < end) {
            plain(s, run, end);
        }
    }

    /**
     * Appends {@code name="value"} after a space, the value escaped as flexmark escapes attribute
     * values: {@code & < > "} become references, except an {@code &} that starts a character
     * reference, which is kept.
     */
    void attribute(String name, String value) {
        out.append(' ').append(name).append("=\"");
        blank = false;
        int run = 0;
        int end = value.length();
        for (int i = 0; i < end; i++) {
            char c = value.charAt(i);
            if (c > '>') {
                continue;
            }
            String escaped;
            switch (c) {
                case '&' -> {
                    int reference = referenceEnd(value, i);
                    if (reference > 0) {
                        i = reference - 1;
                        continue;
                    }
                    escaped = "&amp;";
                }
                case '<' -> escaped = "&lt;";
                case '>' -> escaped = "&gt;";
                case '"' -> escaped = "&quot;";
                default -> {
                    continue;
                }
            }
            if (run < i) {
                plain(value, run, i);
            }
            markup(escaped);
            run = i + 1;
        }
        if (run < end) {
            plain(value, run, end);
        }
        markup("\"");
    }

    /**
     * The end of the character reference starting at {@code amp}, or 0 when there is none: the
     * pattern {@code &(#x[a-f0-9]{1,8}|#[0-9]{1,8}|[a-z][a-z0-9]{1,31});}, ignoring ASCII case.
     */
    static int referenceEnd(String s, int amp) {
        int i = amp + 1;
        int end = s.length();
        if (i >= end) {
            return 0;
        }
        char c = s.charAt(i);
        if (c == '#') {
            i++;
            boolean hex = i < end && (s.charAt(i) == 'x' || s.charAt(i) == 'X');
            if (hex) {
                i++;
            }
            int digits = 0;
            while (i < end && (hex ? isHex(s.charAt(i)) : isDigit(s.charAt(i)))) {
                i++;
                digits++;
            }
            if (hex && digits == 0) {
                // "&#x;" is not hexadecimal; it is not decimal either
                return 0;
            }
            return digits >= 1 && digits <= 8 && i < end && s.charAt(i) == ';' ? i + 1 : 0;
        }
        if (!isLetter(c)) {
            return 0;
        }
        i++;
        int more = 0;
        while (i < end && (isLetter(s.charAt(i)) || isDigit(s.charAt(i)))) {
            i++;
            more++;
        }
        return more >= 1 && more <= 31 && i < end && s.charAt(i) == ';' ? i + 1 : 0;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isHex(char c) {
        return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Appends {@code s[start, end)}, which needs no escaping, with the line rules. */
    void plain(String s, int start, int end) {
        int i = start;
        if (preformatted > 0) {
            while (i < end) {
                int newline = s.indexOf('\n', i);
                int stop = newline < 0 || newline >= end ? end : newline;
                if (stop > i) {
                    out.append(s, i, stop);
                    blank = false;
                }
                i = stop;
                if (i < end) {
                    newline();
                    i++;
                }
            }
            return;
        }
        while (i < end) {
            if (blank) {
                char c = s.charAt(i);
                if (c == ' ') {
                    i++;
                    continue;
                }
                if (c == '\t') {
                    out.append('\t');
                    i++;
                    continue;
                }
                if (c == '\n') {
                    newline();
                    i++;
                    continue;
                }
                blank = false;
            }
            int newline = s.indexOf('\n', i);
            int stop = newline < 0 || newline >= end ? end : newline;
            out.append(s, i, stop);
            i = stop;
            if (i < end) {
                newline();
                i++;
            }
        }
    }

    private void newline() {
        if (preformatted == 0 && out.length() == lineStart) {
            if (emptyLineCount == emptyLines.length) {
                emptyLines = Arrays.copyOf(emptyLines, Math.max(8, emptyLineCount * 2));
            }
            emptyLines[emptyLineCount++] = out.length();
        }
        out.append('\n');
        lineStart = out.length();
        blank = true;
    }

    /** Ends the last line and returns everything, each run of empty lines cut to one. */
    @Override
    public String toString() {
        line();
        if (emptyLineCount < 2) {
            return out.toString();
        }
        StringBuilder kept = new StringBuilder(out.length());
        int from = 0;
        for (int k = 1; k < emptyLineCount; k++) {
            int at = emptyLines[k];
            if (emptyLines[k - 1] == at - 1) {
                kept.append(out, from, at);
                from = at + 1;
            }
        }
        kept.append(out, from, out.length());
        return kept.toString();
    }
}
