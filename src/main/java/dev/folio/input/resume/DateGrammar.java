package dev.folio.input.resume;

import dev.folio.profile.PartialDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one date grammar: {@code Jul 2024 – Aug 2025}, {@code 2018 - 2023}, {@code 05/2019 - Present},
 * {@code Summer 2009}, {@code Jan. 2021 to Present}, {@code Mar 2021Present}, {@code Jun – Aug 2020},
 * {@code Since 2019}, {@code Expected May 2027}. No nested repetition: each part matches a bounded word.
 */
final class DateGrammar {

    private static final String MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
            + "|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
            // German, French, Spanish
            + "|januar|februar|m[äa]rz|maerz|mai|juni|juli|okt(?:ober)?|dez(?:ember)?"
            + "|janv(?:ier)?|f[ée]vr?(?:ier)?|mars|avr(?:il)?|juin|juil(?:let)?|ao[uû]t|d[ée]c(?:embre)?"
            + "|ene(?:ro)?|febrero|marzo|abr(?:il)?|mayo|junio|julio|ago(?:sto)?|sept?iembre|octubre|noviembre"
            + "|dic(?:iembre)?)\\.?";
    private static final String SEASON = "(?:spring|summer|fall|autumn|winter)";
    private static final String YEAR = "(?:19[5-9]\\d|20\\d\\d)";
    private static final String DATE = "(?:\\b" + MONTH + ",?\\s?(?:" + YEAR + "|['’]\\d\\d)\\b"
            + "|\\b" + SEASON + ",?\\s" + YEAR + "\\b"
            + "|\\b\\d{1,2}[/.-]" + YEAR + "\\b"
            + "|\\b" + YEAR + "[/.-]\\d{1,2}\\b(?![/.-]\\d)"
            + "|\\b" + YEAR + "\\b)";
    private static final String PRESENT = "(?:present|current|currently|now|today|ongoing|to date|till date|date"
            + "|bis heute|heute|aktuell|jetzt|aujourd['’]hui|pr[ée]sent|actuellement|actuel|presente|actualidad|actual"
            + "|atual|oggi|attuale|heden)\\b";
    private static final String SEP = "\\s?(?:-{1,2}|–|—|‒|−|~|→|->|\\bto\\b|\\buntil\\b|\\btill\\b|\\bthrough\\b|\\bthru\\b)\\s?";
    private static final Pattern RANGE = Pattern.compile("(?i)(" + DATE + ")\\s?(?:" + SEP + "(?:(" + DATE + ")|(" + PRESENT
            + "))|\\s(" + PRESENT + "))");
    private static final Pattern MONTH_RANGE = Pattern.compile("(?i)\\b(" + MONTH + ")" + SEP + "(" + MONTH + "),?\\s?("
            + YEAR + ")\\b");
    /** "06/19 – 12/20", "6/19 - Present": month and two-digit year, only as a range (alone, "3/4" is anything). */
    private static final Pattern SHORT_RANGE = Pattern.compile("(?i)(?<![\\d/.])(0?[1-9]|1[0-2])/(\\d\\d)(?![\\d/])"
            + SEP + "(?:(0?[1-9]|1[0-2])/(\\d\\d)(?![\\d/])|(" + PRESENT + "))");
    private static final Pattern SINCE = Pattern.compile("(?i)\\b(?:since|from)\\s(" + DATE + ")");
    private static final Pattern EXPECTED = Pattern.compile("(?i)\\b(?:expected|exp\\.|anticipated|graduating)\\s?:?\\s?("
            + DATE + ")");
    private static final Pattern ONE = Pattern.compile("(?i)" + DATE);
    private static final Pattern PARTS = Pattern.compile("(?i)(" + MONTH + ")?,?\\s?(" + SEASON + ")?,?\\s?(?:(\\d{1,2})[/.-])?("
            + YEAR + "|['’]\\d\\d)(?:[/.-](\\d{1,2}))?");

    private DateGrammar() {}

    /** The first date range in {@code line}, else its first single date. */
    static Optional<DateSpan> find(String line) {
        if (line.length() > LineCleaner.MAX_LINE || !hasDigit(line)) {
            return Optional.empty();
        }
        Matcher m = MONTH_RANGE.matcher(line);
        if (m.find()) {
            Optional<PartialDate> end = date(m.group(2) + " " + m.group(3));
            Optional<PartialDate> start = date(m.group(1) + " " + m.group(3));
            if (start.isPresent() && end.isPresent()) {
                return Optional.of(span(line, m.start(), m.end(), start, end, false, false, ""));
            }
        }
        m = SHORT_RANGE.matcher(line);
        if (m.find()) {
            Optional<PartialDate> from = date(m.group(1) + "/" + fullYear(m.group(2)));
            boolean current = m.group(5) != null;
            Optional<PartialDate> to = current ? Optional.empty() : date(m.group(3) + "/" + fullYear(m.group(4)));
            if (from.isPresent() && (current || to.isPresent())) {
                return Optional.of(span(line, m.start(), m.end(), from, to, current, false, ""));
            }
        }
        m = RANGE.matcher(line);
        while (m.find()) {
            Optional<PartialDate> from = date(m.group(1));
            boolean current = m.group(3) != null || m.group(4) != null;
            Optional<PartialDate> to = current ? Optional.empty() : date(m.group(2));
            if (from.isPresent() && (current || to.isPresent())) {
                return Optional.of(span(line, m.start(), m.end(), from, to, current, false,
                        rough(m.group(1)) + rough(m.group(2))));
            }
        }
        m = SINCE.matcher(line);
        if (m.find()) {
            Optional<PartialDate> from = date(m.group(1));
            if (from.isPresent()) {
                return Optional.of(span(line, m.start(), m.end(), from, Optional.empty(), true, false, rough(m.group(1))));
            }
        }
        m = EXPECTED.matcher(line);
        if (m.find()) {
            Optional<PartialDate> to = date(m.group(1));
            if (to.isPresent()) {
                return Optional.of(span(line, m.start(), m.end(), Optional.empty(), to, false, true, "expected"));
            }
        }
        m = ONE.matcher(line);
        while (m.find()) {
            Optional<PartialDate> d = date(m.group());
            if (d.isPresent()) {
                return Optional.of(span(line, m.start(), m.end(), d, d, false, true, rough(m.group())));
            }
        }
        return Optional.empty();
    }

    /** "19" → 2019, "98" → 1998: a two-digit year after 60 is of the last century, as for '98. */
    private static int fullYear(String twoDigits) {
        int y = Integer.parseInt(twoDigits);
        return y > 60 ? 1900 + y : 2000 + y;
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static String rough(String written) {
        return written != null && written.toLowerCase(Locale.ROOT).matches(".*(spring|summer|fall|autumn|winter).*")
                ? "season" : "";
    }

    private static DateSpan span(String line, int start, int end, Optional<PartialDate> from, Optional<PartialDate> to,
            boolean current, boolean single, String rough) {
        if (start > 0 && end < line.length() && line.charAt(start - 1) == '(' && line.charAt(end) == ')') {
            start--;
            end++;
        }
        if (from.isPresent() && to.isPresent() && to.get().compareTo(from.get()) < 0) {
            to = Optional.empty();
            rough = "order";
        }
        return new DateSpan(from, to, current, single, start, end, line.substring(start, end).strip(), rough);
    }

    /** One written date → YYYY-MM or YYYY; a season gives the year alone. */
    static Optional<PartialDate> date(String written) {
        if (written == null) {
            return Optional.empty();
        }
        Matcher m = PARTS.matcher(written.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        String y = m.group(4);
        int year = y.startsWith("'") || y.startsWith("’") ? 2000 + Integer.parseInt(y.substring(1)) : Integer.parseInt(y);
        if (year > 2000 + 60 && (y.startsWith("'") || y.startsWith("’"))) {
            year -= 100;
        }
        int month = 0;
        if (m.group(1) != null) {
            month = month(m.group(1));
        } else if (m.group(3) != null) {
            month = Integer.parseInt(m.group(3));
        } else if (m.group(5) != null) {
            month = Integer.parseInt(m.group(5));
        }
        if (month < 0 || month > 12 || year < 1950 || year > 2099) {
            return Optional.empty();
        }
        return Optional.of(new PartialDate(year, month));
    }

    /** The beginnings of each month's name, in English, German, French and Spanish (accents removed). */
    private static final String[][] MONTHS = {{"jan", "ene"}, {"feb", "fev"}, {"mar", "maerz"}, {"apr", "avr", "abr"},
        {"may", "mai"}, {"jun", "juin"}, {"jul", "juil"}, {"aug", "aou", "ago"}, {"sep", "set"}, {"oct", "okt"},
        {"nov"}, {"dec", "dez", "dic"}};

    private static int month(String name) {
        String n = java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
        for (int i = 0; i < MONTHS.length; i++) {
            for (String start : MONTHS[i]) {
                if (n.startsWith(start)) {
                    return i + 1;
                }
            }
        }
        return 0;
    }

    private static final Pattern DURATION = Pattern.compile("(?i)\\(?\\b(?:\\d{1,2}\\+?\\s?(?:yrs?|years?)"
            + "(?:,?\\s(?:and\\s)?\\d{1,2}\\s?(?:mos?|months?))?|\\d{1,2}\\s?(?:mos?|months?)|less than a (?:year|month))\\b\\)?"
            + "(?:\\s(?:of\\s)?experience\\b)?");

    /** Durations such as "(3 years 8 months)", "2 yrs 1 mo", "4 yrs 2 mos experience" removed. */
    static String withoutDurations(String line) {
        if (!hasDigit(line) && !line.toLowerCase(Locale.ROOT).contains("less than")) {
            return line;
        }
        return DURATION.matcher(line).replaceAll(" ").replaceAll(" {3,}", "  ").strip();
    }

    /** True when the line holds nothing but a duration. */
    static boolean onlyDuration(String line) {
        String rest = withoutDurations(line).replaceAll("[·•|,()\\s-]", "");
        return rest.isEmpty() && !line.isBlank();
    }
}
