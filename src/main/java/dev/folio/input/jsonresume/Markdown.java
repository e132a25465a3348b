package dev.folio.input.jsonresume;

import dev.folio.profile.PartialDate;
import java.util.Optional;
import java.util.regex.Pattern;

/** Plain résumé text made safe to place in Markdown: it reads as written, never as markup. */
final class Markdown {

    private static final Pattern BLOCK_MARKER = Pattern.compile("^(\\s*)([#>+\\-]|\\d+(?=[.)]))");

    private Markdown() {}

    /** Escapes inline markup ({@code * _ ` [ ] \}) and a block marker at the start of a line. */
    static String text(String plain) {
        StringBuilder out = new StringBuilder();
        String[] lines = plain.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            String line = lines[i].replaceAll("([\\\\`*_\\[\\]])", "\\\\$1");
            var m = BLOCK_MARKER.matcher(line);
            if (m.find()) {
                boolean number = Character.isDigit(m.group(2).charAt(0));
                int at = number ? m.end(2) : m.start(2);
                line = line.substring(0, at) + "\\" + line.substring(at);
            }
            out.append(line);
        }
        return out.toString();
    }

    /** The text on one line: line breaks become spaces (for list items). */
    static String oneLine(String plain) {
        return text(plain.replaceAll("\\s*\\n\\s*", " "));
    }

    /** {@code [text](url)}, or the text alone when there is no address. */
    static String link(String text, String url) {
        String shown = oneLine(text.isEmpty() ? url : text);
        if (url.isEmpty()) {
            return shown;
        }
        String target = url.replace("<", "%3C").replace(">", "%3E");
        if (target.contains("(") || target.contains(")")) {
            target = "<" + target + ">";
        }
        return "[" + shown + "](" + target + ")";
    }

    /** "Mar 2019 – Jun 2020", "since Mar 2019", "until 2020" or "". */
    static String range(Optional<PartialDate> start, Optional<PartialDate> end) {
        if (start.isPresent() && end.isPresent()) {
            return start.get().display() + " – " + end.get().display();
        }
        if (start.isPresent()) {
            return "since " + start.get().display();
        }
        return end.map(e -> "until " + e.display()).orElse("");
    }
}
