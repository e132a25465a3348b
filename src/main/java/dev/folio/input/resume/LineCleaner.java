package dev.folio.input.resume;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Text → {@link SourceLine}s: one linear pass per line, every line bounded in length. */
final class LineCleaner {

    /** Longer lines are cut: no résumé line is this long, and it keeps every later step linear. */
    static final int MAX_LINE = 600;
    /** Lines past this many are not read. */
    static final int MAX_LINES = 5000;

    private static final String BULLETS = "-•*–—◦▪●‣·○■□➢►▸✓✔❖➤→";
    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]]{0,200})]\\(([^()\\s]{1,300})\\)");
    private static final Pattern AUTOLINK = Pattern.compile("<((?:https?|mailto):[^<>\\s]{1,300})>");
    private static final Pattern PAGE = Pattern.compile(
            "(?i)(?:-+\\s*)?(?:page\\s*)?\\d{1,3}\\s*(?:of|/)\\s*\\d{1,3}(?:\\s*-+)?|page\\s*\\d{1,3}|-\\s*\\d{1,3}\\s*-");
    private static final Pattern NUMBERED = Pattern.compile("\\d{1,2}[.)]\\s.*");
    private static final Pattern DURATION_GLUE = Pattern.compile(
            "(?<=[a-z])(?=\\d{1,2}\\s?(?:yrs?|years?|mos?|months?)\\b)");
    private static final Pattern YEAR_GLUE = Pattern.compile("(?<=\\b(?:19|20)\\d\\d)(?=[A-Z][a-z])");

    private LineCleaner() {}

    static List<SourceLine> clean(String text) {
        List<SourceLine> out = new ArrayList<>();
        int number = 0;
        int start = 0;
        int length = text.length();
        while (start <= length && out.size() < MAX_LINES) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            number++;
            String raw = text.substring(start, Math.min(end, start + MAX_LINE));
            out.add(line(number, raw));
            start = end + 1;
            if (end == length) {
                break;
            }
        }
        return out;
    }

    static SourceLine line(int number, String raw) {
        String s = normalizeSpaces(raw);
        String shownRaw = s.strip();
        s = shownRaw;
        int heading = 0;
        while (heading < s.length() && heading < 7 && s.charAt(heading) == '#') {
            heading++;
        }
        if (heading > 0 && heading <= 6 && heading < s.length() && s.charAt(heading) == ' ') {
            s = s.substring(heading).strip().replaceAll("\\s#+$", "");
        } else {
            heading = 0;
        }
        if (s.length() >= 3 && s.chars().allMatch(c -> "-*_=─━~".indexOf(c) >= 0)) {
            return new SourceLine(number, shownRaw, "", false, 0, false, List.of(), false);
        }
        boolean bullet = false;
        if (!s.isEmpty() && BULLETS.indexOf(s.charAt(0)) >= 0 && !s.startsWith("**")
                && (s.length() == 1 || s.charAt(1) == ' ' || "•●▪◦■➢►▸✓✔❖➤".indexOf(s.charAt(0)) >= 0)) {
            bullet = true;
            s = s.substring(1).strip();
        } else if (s.length() > 2 && (s.charAt(0) == 'o' || s.charAt(0) == '\uF0B7') && s.charAt(1) == ' '
                && Character.isUpperCase(s.charAt(2))) {
            bullet = true;
            s = s.substring(2).strip();
        } else if (NUMBERED.matcher(s).matches() && s.length() > 4 && Character.isLetter(s.charAt(s.indexOf(' ') + 1))) {
            bullet = true;
            s = s.substring(s.indexOf(' ') + 1).strip();
        }
        List<String> links = new ArrayList<>();
        s = links(s, links);
        boolean strong = s.length() > 2 && (s.startsWith("**") || s.startsWith("__") || s.startsWith("*")
                || s.startsWith("_")) && s.replaceAll("[:.]+$", "").matches("(\\*\\*|__|\\*|_).*(\\*\\*|__|\\*|_)");
        s = emphasis(s);
        s = unescape(s);
        s = s.replace("&amp;", "&").replace("&nbsp;", " ");
        s = DURATION_GLUE.matcher(s).replaceAll(" ");
        s = YEAR_GLUE.matcher(s).replaceAll(" ");
        s = s.replaceAll(" {3,}", "  ").strip();
        boolean page = !bullet && heading == 0 && !s.isEmpty() && PAGE.matcher(s).matches();
        return new SourceLine(number, shownRaw, page ? "" : s, bullet, heading, strong, links, page);
    }

    /** Tabs and odd spaces become spaces (a tab a column gap); controls and invisible marks go. */
    static String normalizeSpaces(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '\t') {
                out.append("   ");
            } else if (c == '\u00A0' || c == '\u2007' || c == '\u202F' || (c >= '\u2000' && c <= '\u200A')
                    || c == '\u3000') {
                out.append(' ');
            } else if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF'
                    || c == '\u00AD') {
                continue;
            } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029' || c == '\uFFFD'
                    || (Character.isSurrogate(c) && !paired(raw, i))) {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static boolean paired(String s, int i) {
        char c = s.charAt(i);
        return Character.isHighSurrogate(c) ? i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))
                : i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    /** {@code [text](url)} → text, collecting url; {@code <https://…>} → the address. */
    private static String links(String s, List<String> links) {
        if (s.indexOf('(') >= 0 && s.indexOf('[') >= 0) {
            Matcher m = LINK.matcher(s);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                links.add(m.group(2));
                String text = m.group(1).strip();
                m.appendReplacement(out, Matcher.quoteReplacement(text.isEmpty() ? m.group(2) : text));
            }
            m.appendTail(out);
            s = out.toString();
        }
        if (s.indexOf('<') >= 0) {
            Matcher m = AUTOLINK.matcher(s);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                links.add(m.group(1));
                m.appendReplacement(out, Matcher.quoteReplacement(m.group(1)));
            }
            m.appendTail(out);
            s = out.toString();
        }
        return s;
    }

    /** Removes {@code **}, {@code __}, paired {@code *} and {@code _} at word edges, and back-ticks. */
    static String emphasis(String s) {
        if (s.indexOf('*') < 0 && s.indexOf('_') < 0 && s.indexOf('`') < 0) {
            return s;
        }
        s = s.replace("**", "").replace("__", "").replace("`", "");
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '*' || c == '_') {
                boolean before = i == 0 || !Character.isLetterOrDigit(s.charAt(i - 1));
                boolean after = i == s.length() - 1 || !Character.isLetterOrDigit(s.charAt(i + 1));
                if (before || after) {
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** {@code \$} → {@code $}: a backslash before punctuation is an escape left from Markdown or LaTeX. */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length() && isEscapable(s.charAt(i + 1))) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    private static boolean isEscapable(char c) {
        return "$&%#_*[](){}.!+-|~`<>\"'\\".indexOf(c) >= 0;
    }
}
