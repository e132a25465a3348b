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
 *
 * <p>Text is copied in runs between the characters that need attention, with
 * {@link System#arraycopy}: the JVM folio runs on compiles only quickly (C1), and a loop over
 * {@code charAt} and {@code StringBuilder.append(char)} costs several times more.
 */
final class HtmlLines {

    private char[] out;
    private int length;
    /** Where the current line starts in {@link #out}. */
    private int lineStart;
    /** True while the current line holds only spaces and tabs (or nothing). */
    private boolean blank = true;
    private int preformatted;
    /** Offsets in {@link #out} of the newline ending each empty line written outside preformatted text. */
    private int[] emptyLines = new int[0];
    private int emptyLineCount;

    HtmlLines(int capacity) {
        this.out = new char[Math.max(capacity, 16)];
    }

    /** Ends the current line if it holds anything. */
    void line() {
        if (preformatted > 0 || length != lineStart) {
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
        int n = markup.length();
        reserve(n);
        markup.getChars(0, n, out, length);
        length += n;
        blank = false;
    }

    /** Appends {@code chars} as they are, newlines and spaces included, with the line rules above. */
    void raw(char[] chars) {
        int run = 0;
        for (int i = 0; i < chars.length; i++) {
            if (chars[i] == '\n') {
                run(chars, run, i);
                newline();
                run = i + 1;
            }
        }
        run(chars, run, chars.length);
    }

    /** Appends {@code s} with {@code & < > "} escaped. */
    void text(String s) {
        char[] chars = s.toCharArray();
        text(chars, 0, chars.length, false);
    }

    /**
     * Appends {@code s[start, end)} with {@code & < > "} escaped, if it holds no backslash,
     * ampersand or carriage return (which Markdown text would need resolved first); otherwise
     * appends nothing and returns false.
     */
    boolean plainText(char[] s, int start, int end) {
        int savedLength = length;
        int savedLineStart = lineStart;
        boolean savedBlank = blank;
        int savedEmptyLines = emptyLineCount;
        if (text(s, start, end, true)) {
            return true;
        }
        length = savedLength;
        lineStart = savedLineStart;
        blank = savedBlank;
        emptyLineCount = savedEmptyLines;
        return false;
    }

    /** Escapes and appends; with {@code plainOnly}, stops and returns false at {@code \ & \r}. */
    private boolean text(char[] s, int start, int end, boolean plainOnly) {
        int run = start;
        for (int i = start; i < end; i++) {
            char c = s[i];
            if (c > '>') {
                if (c == '\\' && plainOnly) {
                    return false;
                }
                continue;
            }
            String escaped;
            switch (c) {
                case '&' -> {
                    if (plainOnly) {
                        return false;
                    }
                    escaped = "&amp;";
                }
                case '<' -> escaped = "&lt;";
                case '>' -> escaped = "&gt;";
                case '"' -> escaped = "&quot;";
                case '\n' -> {
                    run(s, run, i);
                    newline();
                    run = i + 1;
                    continue;
                }
                case '\r' -> {
                    if (plainOnly) {
                        return false;
                    }
                    continue;
                }
                default -> {
                    continue;
                }
            }
            run(s, run, i);
            markup(escaped);
            run = i + 1;
        }
        run(s, run, end);
        return true;
    }

    /**
     * Appends {@code name="value"} after a space, the value escaped as flexmark escapes attribute
     * values: {@code & < > "} become references, except an {@code &} that starts a character
     * reference, which is kept.
     */
    void attribute(String name, String value) {
        markup(" ");
        markup(name);
        markup("=\"");
        char[] s = value.toCharArray();
        int run = 0;
        for (int i = 0; i < s.length; i++) {
            char c = s[i];
            if (c > '>') {
                continue;
            }
            String escaped;
            switch (c) {
                case '&' -> {
                    int reference = referenceEnd(s, i);
                    if (reference > 0) {
                        i = reference - 1;
                        continue;
                    }
                    escaped = "&amp;";
                }
                case '<' -> escaped = "&lt;";
                case '>' -> escaped = "&gt;";
                case '"' -> escaped = "&quot;";
                case '\n' -> {
                    run(s, run, i);
                    newline();
                    run = i + 1;
                    continue;
                }
                default -> {
                    continue;
                }
            }
            run(s, run, i);
            markup(escaped);
            run = i + 1;
        }
        run(s, run, s.length);
        markup("\"");
    }

    /**
     * The end of the character reference starting at {@code amp}, or 0 when there is none: the
     * pattern {@code &(#x[a-f0-9]{1,8}|#[0-9]{1,8}|[a-z][a-z0-9]{1,31});}, ignoring ASCII case.
     */
    static int referenceEnd(char[] s, int amp) {
        int i = amp + 1;
        int end = s.length;
        if (i >= end) {
            return 0;
        }
        if (s[i] == '#') {
            i++;
            boolean hex = i < end && (s[i] == 'x' || s[i] == 'X');
            if (hex) {
                i++;
            }
            int digits = 0;
            while (i < end && (hex ? isHex(s[i]) : isDigit(s[i]))) {
                i++;
                digits++;
            }
            // "&#x;" is neither hexadecimal nor decimal
            return digits >= 1 && digits <= 8 && i < end && s[i] == ';' ? i + 1 : 0;
        }
        if (!isLetter(s[i])) {
            return 0;
        }
        i++;
        int more = 0;
        while (i < end && (isLetter(s[i]) || isDigit(s[i]))) {
            i++;
            more++;
        }
        return more >= 1 && more <= 31 && i < end && s[i] == ';' ? i + 1 : 0;
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

    /** Appends {@code s[start, end)}, which holds no newline and needs no escaping, with the line rules. */
    private void run(char[] s, int start, int end) {
        if (start >= end) {
            return;
        }
        int i = start;
        if (preformatted == 0 && blank) {
            while (i < end) {
                char c = s[i];
                if (c == ' ') {
                    i++;
                } else if (c == '\t') {
                    reserve(1);
                    out[length++] = '\t';
                    i++;
                } else {
                    break;
                }
            }
            if (i == end) {
                return;
            }
        }
        int n = end - i;
        reserve(n);
        System.arraycopy(s, i, out, length, n);
        length += n;
        blank = false;
    }

    private void newline() {
        if (preformatted == 0 && length == lineStart) {
            if (emptyLineCount == emptyLines.length) {
                emptyLines = Arrays.copyOf(emptyLines, Math.max(8, emptyLineCount * 2));
            }
            emptyLines[emptyLineCount++] = length;
        }
        reserve(1);
        out[length++] = '\n';
        lineStart = length;
        blank = true;
    }

    private void reserve(int n) {
        if (length + n > out.length) {
            out = Arrays.copyOf(out, Math.max(out.length * 2, length + n));
        }
    }

    /** Ends the last line and returns everything, each run of empty lines cut to one. */
    @Override
    public String toString() {
        line();
        if (emptyLineCount < 2) {
            return new String(out, 0, length);
        }
        StringBuilder kept = new StringBuilder(length);
        int from = 0;
        for (int k = 1; k < emptyLineCount; k++) {
            int at = emptyLines[k];
            if (emptyLines[k - 1] == at - 1) {
                kept.append(out, from, at - from);
                from = at + 1;
            }
        }
        kept.append(out, from, length - from);
        return kept.toString();
    }
}
