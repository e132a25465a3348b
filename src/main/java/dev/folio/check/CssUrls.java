package dev.folio.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds {@code url(...)} references (and {@code @import "..."} strings) in CSS text,
 * skipping comments and ordinary strings.
 */
final class CssUrls {

    /** A URL and the offset of the token ({@code url(} or {@code @import}) that holds it. */
    record Ref(int offset, String attribute, String url) {
    }

    private CssUrls() {
    }

    static List<Ref> find(String css) {
        List<Ref> refs = new ArrayList<>();
        int n = css.length();
        int i = 0;
        while (i < n) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < n && css.charAt(i + 1) == '*') {
                int end = css.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '"' || c == '\'') {
                i = readString(css, i, new StringBuilder());
            } else if (c == '\\') {
                i += 2;
            } else if (startsToken(css, i, "@import")) {
                i = importString(css, i, refs);
            } else if (startsToken(css, i, "url(")) {
                i = url(css, i, refs);
            } else {
                i++;
            }
        }
        return refs;
    }

    private static boolean startsToken(String css, int i, String token) {
        if (!css.regionMatches(true, i, token, 0, token.length())) {
            return false;
        }
        return i == 0 || !isNameChar(css.charAt(i - 1));
    }

    private static int importString(String css, int start, List<Ref> refs) {
        int i = skipSpace(css, start + "@import".length());
        if (i < css.length() && (css.charAt(i) == '"' || css.charAt(i) == '\'')) {
            StringBuilder value = new StringBuilder();
            int end = readString(css, i, value);
            refs.add(new Ref(start, "@import", value.toString().strip()));
            return end;
        }
        return i; // "@import url(...)" is picked up by the main loop
    }

    private static int url(String css, int start, List<Ref> refs) {
        int i = skipSpace(css, start + "url(".length());
        StringBuilder value = new StringBuilder();
        if (i < css.length() && (css.charAt(i) == '"' || css.charAt(i) == '\'')) {
            i = readString(css, i, value);
            int close = css.indexOf(')', i);
            i = close < 0 ? css.length() : close + 1;
        } else {
            while (i < css.length() && css.charAt(i) != ')') {
                if (css.charAt(i) == '\\' && i + 1 < css.length()) {
                    i = readEscape(css, i + 1, value);
                } else {
                    value.append(css.charAt(i++));
                }
            }
            i = Math.min(i + 1, css.length());
        }
        refs.add(new Ref(start, "url", value.toString().strip()));
        return i;
    }

    /** Reads the quoted string starting at {@code quoteAt} into {@code out}; returns the index after it. */
    private static int readString(String css, int quoteAt, StringBuilder out) {
        char quote = css.charAt(quoteAt);
        int i = quoteAt + 1;
        while (i < css.length()) {
            char c = css.charAt(i);
            if (c == quote) {
                return i + 1;
            }
            if (c == '\n') {
                return i; // unterminated string ends at the newline
            }
            if (c == '\\' && i + 1 < css.length()) {
                if (css.charAt(i + 1) == '\n') {
                    i += 2; // line continuation
                } else {
                    i = readEscape(css, i + 1, out);
                }
            } else {
                out.append(c);
                i++;
            }
        }
        return i;
    }

    /** Decodes the escape whose first character (after the backslash) is at {@code i}. */
    private static int readEscape(String css, int i, StringBuilder out) {
        int end = i;
        while (end < css.length() && end - i < 6 && Character.digit(css.charAt(end), 16) >= 0) {
            end++;
        }
        if (end == i) {
            out.append(css.charAt(i));
            return i + 1;
        }
        int cp = Integer.parseInt(css.substring(i, end), 16);
        out.appendCodePoint(cp == 0 || cp > Character.MAX_CODE_POINT ? 0xFFFD : cp);
        if (end < css.length() && Character.isWhitespace(css.charAt(end))) {
            end++;
        }
        return end;
    }

    private static int skipSpace(String css, int i) {
        while (i < css.length() && Character.isWhitespace(css.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isNameChar(char c) {
        return Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '\\' || c > 0x7F;
    }
}
