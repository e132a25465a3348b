package dev.folio.input.resume;

import java.util.ArrayList;
import java.util.List;

/**
 * Header-line splitting: on {@code |}, {@code ·}, {@code •}, spaced dashes, {@code @}, tabs and runs of
 * spaces ("parts"), then on commas outside brackets ("components"). Character by character, linear.
 */
final class Splitter {

    private Splitter() {}

    /** The parts of a header line, trimmed, empty ones left out. */
    static List<String> parts(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
            boolean cut = false;
            int skip = 0;
            if (c == '|' || c == '·' || c == '•' || c == '●' || c == '▪' || c == '⋅' || c == '∙' || c == '♦' || c == '◆') {
                cut = true;
            } else if (c == ' ' && i + 1 < n && text.charAt(i + 1) == ' ') {
                cut = true;
                skip = 1;
            } else if ((c == '–' || c == '—' || c == '-' || c == '@' || c == '/') && i > 0 && i + 1 < n
                    && text.charAt(i - 1) == ' ' && text.charAt(i + 1) == ' ' && depth == 0) {
                cut = true;
            }
            if (cut) {
                add(out, cur);
                i += skip;
            } else {
                cur.append(c);
            }
        }
        add(out, cur);
        return out;
    }

    private static void add(List<String> out, StringBuilder cur) {
        String s = trim(cur.toString());
        if (!s.isEmpty()) {
            out.add(s);
        }
        cur.setLength(0);
    }

    /** Trims spaces and stray punctuation at both ends ("—", ",", ":", unmatched brackets). */
    static String trim(String s) {
        int a = 0;
        int b = s.length();
        while (a < b && " ,;:–—-|·•".indexOf(s.charAt(a)) >= 0) {
            a++;
        }
        while (b > a && " ,;:–—-|·•".indexOf(s.charAt(b - 1)) >= 0) {
            b--;
        }
        String t = s.substring(a, b);
        if (t.startsWith("(") && t.endsWith(")") && t.indexOf(')') == t.length() - 1) {
            t = t.substring(1, t.length() - 1).strip();
        } else if (t.startsWith("(") && t.indexOf(')') < 0) {
            t = t.substring(1).strip();
        } else if (t.endsWith(")") && t.indexOf('(') < 0) {
            t = t.substring(0, t.length() - 1).strip();
        }
        return t;
    }

    /** Comma-separated components outside brackets: "Title, Company (Group, Inc), City". */
    static List<String> commas(String part) {
        return split(part, ",;", false);
    }

    /** Keyword lists: commas, semicolons, bullets, pipes and middle dots outside brackets. */
    static List<String> list(String text) {
        return split(text, ",;|·•●▪⋅∙", true);
    }

    private static List<String> split(String text, String separators, boolean spacedSlash) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            }
            if (depth == 0 && separators.indexOf(c) >= 0) {
                add(out, cur);
            } else if (depth == 0 && spacedSlash && c == ' ' && i + 1 < text.length() && text.charAt(i + 1) == ' ') {
                add(out, cur);
            } else {
                cur.append(c);
            }
        }
        add(out, cur);
        return out;
    }
}
