package dev.folio.input.resume;

import java.util.List;

/** Joins wrapped lines back into one text. */
final class Join {

    private Join() {}

    /** One space between lines; a word split with a hyphen at a line end is joined whole. */
    static String lines(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) {
            String s = line.strip();
            if (s.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                char last = out.charAt(out.length() - 1);
                boolean hyphen = last == '-' && out.length() > 1 && Character.isLetter(out.charAt(out.length() - 2))
                        && Character.isLowerCase(s.charAt(0));
                if (!hyphen) {
                    out.append(' ');
                }
            }
            out.append(s);
        }
        return out.toString();
    }
}
