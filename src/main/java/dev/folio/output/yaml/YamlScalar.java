package dev.folio.output.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * How one text value is written: double-quoted on one line, folded ({@code >-}) over several lines
 * when it is long prose, or literal ({@code |}) when it has line breaks. A block style is used only
 * when it reads back as exactly the same text; otherwise the value is double-quoted with escapes.
 */
final class YamlScalar {

    /** Lines are folded to stay within this many columns. */
    static final int WIDTH = 80;

    /** What the text is: a short value, prose that may be folded, or Markdown kept as written. */
    enum Style {
        PLAIN, PROSE, MARKDOWN
    }

    private YamlScalar() {}

    /** {@code "text"} with YAML's escapes for quotes, backslashes and anything not printable. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                case '\u0085' -> out.append("\\N");
                case '\u2028' -> out.append("\\L");
                case '\u2029' -> out.append("\\P");
                default -> {
                    if (Character.isSurrogate(c) && !pairedSurrogate(text, i)) {
                        out.append(String.format("\\u%04X", (int) c));
                    } else if (Character.isSurrogate(c) || printable(c) && c != '\uFEFF') {
                        out.append(c);
                    } else {
                        out.append(String.format("\\u%04X", (int) c));
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * The value for {@code key: } at column {@code indent}: a block scalar (its header and its
     * lines, each ending with a line break) or a quoted scalar followed by a line break.
     */
    static String value(String text, int indent, Style style) {
        String pad = " ".repeat(indent + 2);
        if ((text.indexOf('\n') >= 0 || style == Style.MARKDOWN) && blockSafe(text)) {
            StringBuilder out = new StringBuilder("|\n");
            for (String line : text.split("\n", -1)) {
                out.append(line.isEmpty() ? "" : pad).append(line).append('\n');
            }
            return out.toString();
        }
        int room = Math.max(WIDTH - indent - 2, 40);
        if (style == Style.PROSE && text.length() > WIDTH - indent - 4 && blockSafe(text)) {
            List<String> lines = fold(text, room);
            if (lines.size() > 1) {
                StringBuilder out = new StringBuilder(">-\n");
                lines.forEach(l -> out.append(pad).append(l).append('\n'));
                return out.toString();
            }
        }
        return quoted(text) + "\n";
    }

    /**
     * Splits one line of text at single spaces between words so that each part fits in {@code room}
     * where it can; reading the parts back as a folded scalar joins them with single spaces again.
     */
    static List<String> fold(String text, int room) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (text.length() - start > room) {
            int cut = -1;
            for (int i = start + 1; i < text.length() - 1; i++) {
                if (breakable(text, i)) {
                    if (i - start <= room || cut < 0) {
                        cut = i;
                    }
                    if (i - start > room) {
                        break;
                    }
                }
            }
            if (cut < 0) {
                break;
            }
            lines.add(text.substring(start, cut));
            start = cut + 1;
        }
        lines.add(text.substring(start));
        return lines;
    }

    private static boolean breakable(String text, int i) {
        return text.charAt(i) == ' ' && text.charAt(i - 1) != ' ' && text.charAt(i + 1) != ' ';
    }

    /**
     * True when a block scalar gives back exactly {@code text}: no outer white space, no white space
     * at a line end, no tabs and no characters a block cannot hold.
     */
    static boolean blockSafe(String text) {
        if (text.isEmpty() || text.strip().length() != text.length() || text.startsWith("\n")) {
            return false;
        }
        for (String line : text.split("\n", -1)) {
            if (!line.isEmpty() && Character.isWhitespace(line.charAt(line.length() - 1))) {
                return false;
            }
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                continue;
            }
            if (c == '\t' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\uFEFF'
                    || (Character.isSurrogate(c) ? !pairedSurrogate(text, i) : !printable(c))) {
                return false;
            }
        }
        return true;
    }

    /** YAML's printable set (1.1, as the loader reads it), for one UTF-16 unit outside the surrogates. */
    private static boolean printable(char c) {
        return c == '\t' || (c >= 0x20 && c <= 0x7E) || c == 0x85 || (c >= 0xA0 && c <= 0xD7FF)
                || (c >= 0xE000 && c <= 0xFFFD);
    }

    private static boolean pairedSurrogate(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
