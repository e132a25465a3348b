package dev.folio.input.resume;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The lines of an experience or projects section → entries. A header is a run of short lines
 * (title, employer, dates, place); bullets, prose and "Tech Stack:" lines follow it. A line after a
 * bullet that starts in lower case, or that does not look like a header, continues the bullet.
 * A header run holding several date ranges is cut into one entry per range.
 */
final class Entries {

    static final Pattern KEYWORDS = Pattern.compile("(?i)^(?:tech(?:nical)?\\s?stack|tech|stack|technologies(?: used)?|"
            + "technology|tools(?: used)?|tools (?:and|&) technologies|technologies (?:and|&) tools|environment|skills(?: used)?|"
            + "key skills|key technologies|built with|languages (?:and|&) tools|tooling|frameworks)\\s?:\\s?(.*)$");

    enum Kind { BLANK, BULLET, KEYWORDS, DATE, META, PROSE, SHORT }

    private Entries() {}

    static Kind kind(SourceLine line) {
        String t = line.text();
        if (line.blank() || line.page()) {
            return Kind.BLANK;
        }
        if (KEYWORDS.matcher(t).matches()) {
            return Kind.KEYWORDS;
        }
        if (line.bullet()) {
            return Kind.BULLET;
        }
        if (DateGrammar.onlyDuration(t) || Words.isEmployment(t)) {
            return Kind.META;
        }
        var date = DateGrammar.find(t);
        if (date.isPresent() && Words.wordCount(DateGrammar.withoutDurations(date.get().remove(t))) <= 12
                && !(t.endsWith(".") && Words.wordCount(t) > 8)) {
            return Kind.DATE;
        }
        if (line.heading() > 0 || line.strong()) {
            return Kind.SHORT;
        }
        int words = Words.wordCount(t);
        if ((t.endsWith(".") && words >= 5) || words >= 13 || Character.isLowerCase(t.charAt(0))) {
            return Kind.PROSE;
        }
        return Kind.SHORT;
    }

    static List<Entry> read(List<SourceLine> lines) {
        List<Entry> entries = new ArrayList<>();
        Entry cur = null;
        Kind last = Kind.BLANK;
        boolean gap = false;
        for (int i = 0; i < lines.size(); i++) {
            SourceLine line = lines.get(i);
            Kind kind = kind(line);
            if (kind == Kind.BLANK) {
                gap |= !line.page();
                continue;
            }
            switch (kind) {
                case BULLET -> {
                    if (cur == null) {
                        cur = add(entries);
                    }
                    cur.bullets.add(new ArrayList<>(List.of(line)));
                    last = Kind.BULLET;
                }
                case KEYWORDS -> {
                    if (cur == null) {
                        cur = add(entries);
                    }
                    cur.keywordLines.add(line);
                    last = Kind.KEYWORDS;
                }
                case PROSE -> {
                    if (last == Kind.BULLET && !gap && continues(lastText(cur.bullets), line)) {
                        last(cur.bullets).add(line);
                    } else if (last == Kind.PROSE && !gap && continues(lastText(cur.prose), line)) {
                        last(cur.prose).add(line);
                    } else {
                        if (cur == null) {
                            cur = add(entries);
                        }
                        cur.prose.add(new ArrayList<>(List.of(line)));
                        if (cur.bullets.isEmpty()) {
                            cur.proseBeforeBullets++;
                        }
                        last = Kind.PROSE;
                    }
                }
                default -> {
                    if (cur != null && cur.hasBody()) {
                        if (kind == Kind.SHORT && !gap && (last == Kind.BULLET || last == Kind.PROSE)
                                && continuation(line, last == Kind.BULLET ? lastText(cur.bullets) : lastText(cur.prose),
                                        next(lines, i))) {
                            last(last == Kind.BULLET ? cur.bullets : cur.prose).add(line);
                            break;
                        }
                        cur = add(entries);
                    } else if (cur == null) {
                        cur = add(entries);
                    }
                    cur.header.add(line);
                    last = kind;
                }
            }
            gap = false;
        }
        List<Entry> out = new ArrayList<>();
        for (Entry e : entries) {
            out.addAll(splitByDates(e));
        }
        return out;
    }

    private static Entry add(List<Entry> entries) {
        Entry e = new Entry();
        entries.add(e);
        return e;
    }

    private static <T> T last(List<T> list) {
        return list.get(list.size() - 1);
    }

    private static String lastText(List<List<SourceLine>> paragraphs) {
        List<SourceLine> p = last(paragraphs);
        return last(p).text();
    }

    private static SourceLine next(List<SourceLine> lines, int i) {
        for (int j = i + 1; j < lines.size(); j++) {
            if (!lines.get(j).blank() && !lines.get(j).page()) {
                return lines.get(j);
            }
        }
        return null;
    }

    /** A prose line continues the previous paragraph unless that one ended a sentence. */
    private static boolean continues(String previous, SourceLine line) {
        return !ends(previous) || Character.isLowerCase(line.text().charAt(0));
    }

    private static boolean ends(String text) {
        return text.endsWith(".") || text.endsWith("!") || text.endsWith("?");
    }

    /** A short line after a bullet: wrapped text, or the next header? */
    private static boolean continuation(SourceLine line, String previous, SourceLine next) {
        String t = line.text();
        char first = t.charAt(0);
        if (Character.isLowerCase(first) || Character.isDigit(first) || "&(,;+%$".indexOf(first) >= 0) {
            return true;
        }
        if (ends(previous) || previous.endsWith(":") || line.heading() > 0 || line.strong()) {
            return false;
        }
        if (Words.isTitle(t) || Words.isOrg(t) || Places.isPlace(t) || ContactReader.isPlace(t)
                || Splitter.parts(t).size() > 1) {
            return false;
        }
        if (next != null) {
            Kind k = kind(next);
            if (k == Kind.DATE || k == Kind.META || (k == Kind.SHORT && Words.isTitle(next.text()))) {
                return false;
            }
        }
        return previous.endsWith(",") || previous.endsWith("and") || t.length() < 60
                || lowerWords(t) * 2 >= Words.wordCount(t);
    }

    private static int lowerWords(String t) {
        int n = 0;
        for (String w : t.split("\\s+")) {
            if (!w.isEmpty() && Character.isLowerCase(w.charAt(0))) {
                n++;
            }
        }
        return n;
    }

    /** One entry per date range in the header; durations, types and places after a date stay with it. */
    static List<Entry> splitByDates(Entry e) {
        List<Integer> dates = new ArrayList<>();
        for (int i = 0; i < e.header.size(); i++) {
            if (kind(e.header.get(i)) == Kind.DATE) {
                dates.add(i);
            }
        }
        if (dates.size() <= 1) {
            return List.of(e);
        }
        List<Entry> out = new ArrayList<>();
        int start = 0;
        for (int d = 0; d < dates.size(); d++) {
            int end = e.header.size();
            if (d + 1 < dates.size()) {
                end = dates.get(d) + 1;
                while (end < dates.get(d + 1) && trailing(e.header.get(end))) {
                    end++;
                }
                if (end == dates.get(d + 1)) {
                    end = dates.get(d) + 1;
                }
            }
            Entry part = new Entry();
            part.header.addAll(e.header.subList(start, end));
            out.add(part);
            start = end;
        }
        Entry lastPart = out.get(out.size() - 1);
        lastPart.bullets.addAll(e.bullets);
        lastPart.prose.addAll(e.prose);
        lastPart.proseBeforeBullets = e.proseBeforeBullets;
        lastPart.keywordLines.addAll(e.keywordLines);
        return out;
    }

    private static boolean trailing(SourceLine line) {
        Kind k = kind(line);
        String t = line.text();
        return k == Kind.META || Places.isPlace(t) || ContactReader.isPlace(t)
                || t.toLowerCase(Locale.ROOT).matches("\\(?(?:remote|hybrid|on-site)\\)?");
    }
}
