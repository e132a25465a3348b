package dev.folio.render;

/**
 * The characters XML 1.0 can hold. The others (control characters other than tab and line breaks,
 * U+FFFE, U+FFFF and half a surrogate pair) show nothing, make a feed or sitemap unreadable and are
 * errors in HTML, so folio's output leaves them out.
 */
final class XmlChars {

    private XmlChars() {}

    /** XML 1.0's Char: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]. */
    static boolean allowed(int codePoint) {
        return codePoint == 0x9 || codePoint == 0xA || codePoint == 0xD
                || codePoint >= 0x20 && codePoint <= 0xD7FF
                || codePoint >= 0xE000 && codePoint <= 0xFFFD
                || codePoint >= 0x10000 && codePoint <= 0x10FFFF;
    }

    /** True when {@code text} from {@code start} to {@code end} holds only characters XML can hold. */
    static boolean allAllowed(String text, int start, int end) {
        return firstForbidden(text, start, end) >= end;
    }

    /** {@code text} from {@code start} to {@code end} without the characters XML cannot hold. */
    static String without(String text, int start, int end) {
        int i = firstForbidden(text, start, end);
        if (i >= end) {
            return start == 0 && end == text.length() ? text : text.substring(start, end);
        }
        StringBuilder out = new StringBuilder(end - start).append(text, start, i);
        while (i < end) {
            int c = codePoint(text, i, end);
            if (allowed(c)) {
                out.appendCodePoint(c);
            }
            i += width(text, i, end);
        }
        return out.toString();
    }

    private static int firstForbidden(String text, int start, int end) {
        int i = start;
        while (i < end && allowed(codePoint(text, i, end))) {
            i += width(text, i, end);
        }
        return i;
    }

    /** The character at {@code i}; a surrogate whose other half is not before {@code end} stands alone. */
    private static int codePoint(String text, int i, int end) {
        return width(text, i, end) == 2 ? Character.toCodePoint(text.charAt(i), text.charAt(i + 1)) : text.charAt(i);
    }

    private static int width(String text, int i, int end) {
        return Character.isHighSurrogate(text.charAt(i)) && i + 1 < end && Character.isLowSurrogate(text.charAt(i + 1))
                ? 2 : 1;
    }
}
