package dev.folio.check;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds {@code url(...)} references, {@code @import "..."} strings and the addresses of {@code image-set()}
 * in CSS text, skipping comments and ordinary strings. As CSS tokenising does, a string ends at the end of its
 * line even without its closing quote, and a malformed {@code url(} at the end of its line at the latest: such
 * a reference is reported, and the rules after it are still read.
 */
final class CssUrls {

    /** A URL and the offset of the token that holds it: {@code url(}, {@code @import}, or a string of an image-set. */
    record Ref(int offset, String attribute, String url) {
    }

    /** A reference browsers drop as malformed, at the offset of its token, with what was written and why. */
    record Bad(int offset, String attribute, String written, String message) {
    }

    record Found(List<Ref> refs, List<Bad> bad) {
        Found {
            refs = List.copyOf(refs);
            bad = List.copyOf(bad);
        }
    }

    private static final String NO_CLOSING_QUOTE = "the address has no closing quote, so browsers load nothing and"
            + " may skip the rules that follow; close it: ";

    private CssUrls() {
    }

    static Found find(String css) {
        List<Ref> refs = new ArrayList<>();
        List<Bad> bad = new ArrayList<>();
        int n = css.length();
        int i = 0;
        while (i < n) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < n && css.charAt(i + 1) == '*') {
                i = skipComment(css, i);
            } else if (c == '"' || c == '\'') {
                i = readString(css, i, new StringBuilder());
            } else if (c == '\\') {
                i += 2;
            } else if (startsToken(css, i, "@import")) {
                i = importString(css, i, refs, bad);
            } else if (startsToken(css, i, "url(")) {
                i = url(css, i, refs, bad);
            } else if (startsToken(css, i, "-webkit-image-set(")) {
                i = imageSet(css, i + "-webkit-image-set(".length(), refs, bad);
            } else if (startsToken(css, i, "image-set(")) {
                i = imageSet(css, i + "image-set(".length(), refs, bad);
            } else {
                i++;
            }
        }
        return new Found(refs, bad);
    }

    private static boolean startsToken(String css, int i, String token) {
        if (!css.regionMatches(true, i, token, 0, token.length())) {
            return false;
        }
        return i == 0 || !isNameChar(css.charAt(i - 1));
    }

    private static int importString(String css, int start, List<Ref> refs, List<Bad> bad) {
        int i = skipSpace(css, start + "@import".length());
        if (i < css.length() && (css.charAt(i) == '"' || css.charAt(i) == '\'')) {
            StringBuilder value = new StringBuilder();
            int end = readString(css, i, value);
            if (unterminated(css, end)) {
                bad.add(new Bad(start, "@import", value.toString().strip(), NO_CLOSING_QUOTE + "@import \"…\";"));
            } else {
                refs.add(new Ref(start, "@import", value.toString().strip()));
            }
            return end;
        }
        return i; // "@import url(...)" is picked up by the main loop
    }

    private static int url(String css, int start, List<Ref> refs, List<Bad> bad) {
        int i = skipSpace(css, start + "url(".length());
        int n = css.length();
        StringBuilder value = new StringBuilder();
        if (i < n && (css.charAt(i) == '"' || css.charAt(i) == '\'')) {
            i = readString(css, i, value);
            if (unterminated(css, i)) {
                bad.add(new Bad(start, "url", value.toString().strip(), NO_CLOSING_QUOTE + "url(\"…\")"));
                return i;
            }
            int after = skipSpace(css, i);
            i = after < n && css.charAt(after) == ')' ? after + 1 : i;
            refs.add(new Ref(start, "url", value.toString().strip()));
            return i;
        }
        int from = i;
        while (i < n && css.charAt(i) != ')') {
            char c = css.charAt(i);
            if (Character.isWhitespace(c)) {
                int after = skipSpace(css, i);
                if (after >= n || css.charAt(after) == ')') {
                    i = after;
                    break;
                }
                return badUrl(css, start, from, bad);
            }
            if (c == '"' || c == '\'' || c == '(') {
                return badUrl(css, start, from, bad);
            }
            if (c == '\\' && i + 1 < n) {
                i = readEscape(css, i + 1, value);
            } else {
                value.append(c);
                i++;
            }
        }
        refs.add(new Ref(start, "url", value.toString().strip())); // at the end of the text, the url( is closed
        return Math.min(i + 1, n);
    }

    /**
     * A {@code url(} without quotes that browsers drop; it ends at the first {@code )} of its line, else at the
     * end of the line. Returns where reading goes on.
     */
    private static int badUrl(String css, int start, int from, List<Bad> bad) {
        int lineEnd = css.indexOf('\n', from);
        lineEnd = lineEnd < 0 ? css.length() : lineEnd;
        int close = css.indexOf(')', from);
        if (close >= 0 && close < lineEnd) {
            bad.add(new Bad(start, "url", css.substring(from, close).strip(), "an address in url( without quotes"
                    + " cannot hold spaces, quotes or \"(\", so browsers load nothing; quote it: url(\"…\")"));
            return close + 1;
        }
        bad.add(new Bad(start, "url", css.substring(from, lineEnd).strip(), "url( is not closed on its line, so"
                + " browsers load nothing and may skip the rules that follow; close it: url(…)"));
        return lineEnd;
    }

    /**
     * The arguments of {@code image-set(} from {@code i} (just after its parenthesis): each string directly
     * inside is an address, as is each {@code url()}; strings in nested functions such as {@code type()} are not.
     */
    private static int imageSet(String css, int i, List<Ref> refs, List<Bad> bad) {
        int n = css.length();
        int depth = 0;
        while (i < n) {
            char c = css.charAt(i);
            if (c == '/' && i + 1 < n && css.charAt(i + 1) == '*') {
                i = skipComment(css, i);
            } else if (c == '"' || c == '\'') {
                StringBuilder value = new StringBuilder();
                int end = readString(css, i, value);
                if (unterminated(css, end)) {
                    if (depth == 0) {
                        bad.add(new Bad(i, "image-set", value.toString().strip(),
                                NO_CLOSING_QUOTE + "image-set(\"…\" 1x)"));
                    }
                    return end; // the declaration ends with the line
                }
                if (depth == 0) {
                    refs.add(new Ref(i, "image-set", value.toString().strip()));
                }
                i = end;
            } else if (c == '\\') {
                i += 2;
            } else if (startsToken(css, i, "url(")) {
                i = url(css, i, refs, bad);
            } else if (c == '(') {
                depth++;
                i++;
            } else if (c == ')') {
                if (depth == 0) {
                    return i + 1;
                }
                depth--;
                i++;
            } else {
                i++;
            }
        }
        return n;
    }

    /** True when a string read up to {@code end} stopped at a newline rather than at its closing quote or the end. */
    private static boolean unterminated(String css, int end) {
        return end < css.length() && css.charAt(end) == '\n';
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

    private static int skipComment(String css, int i) {
        int end = css.indexOf("*/", i + 2);
        return end < 0 ? css.length() : end + 2;
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
