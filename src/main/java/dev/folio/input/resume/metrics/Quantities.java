package dev.folio.input.resume.metrics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Scans a bullet for {@link Quantity}s, character by character (no regular expressions). */
final class Quantities {

    private static final Set<String> LATENCY = Set.of("ms", "msec", "millisecond", "milliseconds", "s", "sec", "secs",
            "second", "seconds", "µs", "μs", "us", "microseconds", "ns", "nanoseconds");
    private static final Set<String> TIME = Set.of("min", "mins", "minute", "minutes", "h", "hr", "hrs", "hour",
            "hours", "day", "days", "week", "weeks", "month", "months", "year", "years", "yr", "yrs", "mo", "mos",
            "quarter", "quarters", "sprint", "sprints", "man-hour", "man-hours", "person-hours", "engineer-hours",
            "hours/week", "hours/month", "hrs/week");
    private static final Set<String> SIZE = Set.of("kb", "mb", "gb", "tb", "pb", "bytes", "kib", "mib", "gib", "tib");
    private static final Set<String> RATE = Set.of("qps", "rps", "tps", "req/s", "req/sec", "rpm", "ops/s", "ops/sec",
            "requests/s", "msg/s", "msgs/s", "messages/s", "iops", "fps", "mbps", "gbps", "kbps");
    private static final Set<String> STOP = Set.of("and", "or", "with", "in", "on", "at", "by", "for", "to", "from",
            "of", "while", "across", "using", "via", "through", "into", "under", "over", "within", "after", "before",
            "than", "the", "a", "an", "per", "each", "every", "that", "which", "who", "as", "during", "without",
            "instead", "faster", "slower", "fewer", "less", "more", "higher", "lower", "reduction", "increase",
            "decrease", "improvement", "growth", "lift", "boost", "gain", "saved", "savings", "cheaper", "down", "up");
    private static final Set<String> PERIOD = Set.of("second", "sec", "s", "minute", "min", "hour", "hr", "day",
            "week", "month", "mo", "year", "yr", "night", "quarter", "annum");

    private Quantities() {}

    static List<Quantity> scan(String text) {
        List<Quantity> out = new ArrayList<>();
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (!Character.isDigit(c) || (i > 0 && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.'
                    || text.charAt(i - 1) == '_' || Character.isDigit(text.charAt(i - 1))))) {
                i++;
                continue;
            }
            int j = i;
            boolean grouped = false;
            while (j < n && (Character.isDigit(text.charAt(j)) || (text.charAt(j) == ',' && digits(text, j + 1, 3)
                    && (j + 4 >= n || !Character.isDigit(text.charAt(j + 4)))))) {
                grouped |= text.charAt(j) == ',';
                j++;
            }
            if (j + 1 < n && text.charAt(j) == '.' && Character.isDigit(text.charAt(j + 1))) {
                j++;
                while (j < n && Character.isDigit(text.charAt(j))) {
                    j++;
                }
            }
            String number = text.substring(i, j);
            if (j < n && (text.charAt(j) == '/' && j + 1 < n && Character.isDigit(text.charAt(j + 1))
                    || text.charAt(j) == '.' && j + 1 < n && Character.isDigit(text.charAt(j + 1)))) {
                i = skipToken(text, j);
                continue;
            }
            if (j + 1 < n && (text.charAt(j) == '-' || text.charAt(j) == '–') && Character.isDigit(text.charAt(j + 1))) {
                int k = j + 1;
                while (k < n && (Character.isDigit(text.charAt(k)) || text.charAt(k) == '.')) {
                    k++;
                }
                if (k - j <= 6 && (k >= n || text.charAt(k) == ' ' || text.charAt(k) == '%' || Character.isLetter(text.charAt(k)))
                        && !(k < n && text.charAt(k) == '-')) {
                    number = text.substring(i, k);
                    j = k;
                }
            }
            double magnitude = magnitude(number);
            int k = j;
            String suffix = "";
            int wordEnd = wordEnd(text, k + (k < n && text.charAt(k) == ' ' ? 1 : 0));
            String nextWord = text.substring(Math.min(n, k + (k < n && text.charAt(k) == ' ' ? 1 : 0)), wordEnd)
                    .toLowerCase(Locale.ROOT);
            if (k < n && "KkMB".indexOf(text.charAt(k)) >= 0 && (k + 1 >= n || !Character.isLetter(text.charAt(k + 1)))) {
                suffix = String.valueOf(Character.toUpperCase(text.charAt(k)));
                k++;
            } else if (text.startsWith("bn", k) && (k + 2 >= n || !Character.isLetter(text.charAt(k + 2)))) {
                suffix = "B";
                k += 2;
            } else if (nextWord.equals("million") || nextWord.equals("mn")) {
                suffix = "M";
                k = wordEnd;
            } else if (nextWord.equals("billion") || nextWord.equals("bn")) {
                suffix = "B";
                k = wordEnd;
            } else if (nextWord.equals("thousand")) {
                suffix = "K";
                k = wordEnd;
            }
            magnitude *= switch (suffix) {
                case "K" -> 1e3;
                case "M" -> 1e6;
                case "B" -> 1e9;
                default -> 1;
            };
            number += suffix;
            if (k < n && text.charAt(k) == '+') {
                number += "+";
                k++;
            }
            boolean percent = false;
            boolean multiplier = false;
            if (k < n && text.charAt(k) == '%') {
                percent = true;
                k++;
            } else if (k + 1 < n && text.charAt(k) == ' ' && text.charAt(k + 1) == '%') {
                percent = true;
                k += 2;
            } else if (k < n && (text.charAt(k) == 'x' || text.charAt(k) == '×')
                    && (k + 1 >= n || !Character.isLetter(text.charAt(k + 1)))) {
                multiplier = true;
                k++;
            } else if (text.startsWith(" percent", k)) {
                percent = true;
                k += 8;
            }
            String currency = currency(text, i);
            String comparator = comparator(text, i - currency.length());
            int start = i - currency.length() - comparator.length();
            int numberEnd = k;
            String unit = "";
            Quantity.UnitKind kind;
            if (percent) {
                kind = Quantity.UnitKind.PERCENT;
                unit = "%";
            } else if (multiplier) {
                kind = Quantity.UnitKind.MULTIPLIER;
                unit = "x";
            } else if (!currency.isEmpty()) {
                kind = Quantity.UnitKind.MONEY;
                int[] end = new int[] {k};
                unit = period(text, k, end);
                k = end[0];
            } else {
                int us = k < n && text.charAt(k) == ' ' ? k + 1 : k;
                int ue = wordEnd(text, us);
                String w = text.substring(us, ue).toLowerCase(Locale.ROOT).replaceAll("[.,;:)]+$", "");
                if (LATENCY.contains(w)) {
                    kind = Quantity.UnitKind.LATENCY;
                    unit = text.substring(us, us + w.length());
                    k = us + w.length();
                } else if (TIME.contains(w)) {
                    kind = Quantity.UnitKind.TIME;
                    unit = text.substring(us, us + w.length());
                    k = us + w.length();
                } else if (SIZE.contains(w)) {
                    kind = Quantity.UnitKind.SIZE;
                    unit = text.substring(us, us + w.length());
                    k = us + w.length();
                } else if (RATE.contains(w)) {
                    kind = Quantity.UnitKind.RATE;
                    unit = text.substring(us, us + w.length());
                    k = us + w.length();
                } else {
                    int[] end = new int[] {k};
                    unit = noun(text, k, end);
                    k = end[0];
                    kind = unit.contains("/") || unit.contains(" per ") || unit.matches(".* (a|each|every) \\w+")
                            || unit.endsWith(" daily") ? Quantity.UnitKind.RATE
                            : unit.isEmpty() ? Quantity.UnitKind.NONE : Quantity.UnitKind.COUNT;
                }
            }
            if (!(kind == Quantity.UnitKind.NONE && number.isEmpty())) {
                out.add(new Quantity(start, numberEnd, k, comparator, currency, number, unit, kind, magnitude, grouped));
            }
            i = Math.max(k, j);
        }
        return out;
    }

    private static boolean digits(String text, int from, int count) {
        if (from + count > text.length()) {
            return false;
        }
        for (int i = from; i < from + count; i++) {
            if (!Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static int skipToken(String text, int i) {
        while (i < text.length() && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    static int wordEnd(String text, int i) {
        int j = i;
        while (j < text.length() && !Character.isWhitespace(text.charAt(j)) && text.charAt(j) != ','
                && text.charAt(j) != ';' && text.charAt(j) != ')' && text.charAt(j) != '(') {
            j++;
        }
        return j;
    }

    static double magnitude(String number) {
        String s = number;
        int dash = s.indexOf('-') > 0 ? s.indexOf('-') : s.indexOf('–');
        if (dash > 0) {
            s = s.substring(dash + 1);
        }
        s = s.replace(",", "").replaceAll("[^0-9.]", "");
        try {
            return s.isEmpty() ? 0 : Double.parseDouble(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String currency(String text, int i) {
        if (i > 0 && "$€£¥₹".indexOf(text.charAt(i - 1)) >= 0) {
            return String.valueOf(text.charAt(i - 1));
        }
        if (i >= 4 && text.startsWith("USD ", i - 4)) {
            return "$";
        }
        if (i >= 4 && text.startsWith("EUR ", i - 4)) {
            return "€";
        }
        return "";
    }

    private static String comparator(String text, int i) {
        if (i > 0 && "<>~≈≤≥".indexOf(text.charAt(i - 1)) >= 0) {
            return String.valueOf(text.charAt(i - 1));
        }
        if (i > 1 && text.charAt(i - 1) == ' ' && "<>~≈≤≥".indexOf(text.charAt(i - 2)) >= 0) {
            return text.charAt(i - 2) + " ";
        }
        if (i >= 4 && text.regionMatches(true, i - 4, "sub-", 0, 4)) {
            return text.substring(i - 4, i);
        }
        return "";
    }

    /** "/month", " a year", " per month", " annually" after money → "/mo" or "/yr"; end set past it. */
    private static String period(String text, int k, int[] end) {
        String rest = text.substring(k, Math.min(text.length(), k + 24)).toLowerCase(Locale.ROOT);
        String[][] forms = {
            {"/month", "/mo"}, {"/mo", "/mo"}, {" per month", "/mo"}, {" a month", "/mo"}, {" monthly", "/mo"},
            {" each month", "/mo"}, {"/year", "/yr"}, {"/yr", "/yr"}, {" per year", "/yr"}, {" a year", "/yr"},
            {" annually", "/yr"}, {" per annum", "/yr"}, {" annual", "/yr"}, {" each year", "/yr"}, {"/day", "/day"},
            {" per day", "/day"}, {" a day", "/day"}, {" daily", "/day"}, {"/week", "/week"}, {" per week", "/week"},
            {" a week", "/week"}, {" arr", " ARR"}, {" in arr", " ARR"}
        };
        for (String[] f : forms) {
            if (rest.startsWith(f[0]) && (rest.length() == f[0].length() || !Character.isLetter(rest.charAt(f[0].length())))) {
                end[0] = k + f[0].length();
                return f[1];
            }
        }
        return "";
    }

    /**
     * The words after a count that say what was counted: up to four words, stopping at a
     * preposition or punctuation, with a rate ("/day", "per second", "a day") kept.
     */
    private static String noun(String text, int k, int[] end) {
        int n = text.length();
        if (k < n && text.charAt(k) == '-') {
            k++;
        } else if (k < n && text.charAt(k) != ' ' && text.charAt(k) != '/') {
            return "";
        }
        int i = k;
        List<String> words = new ArrayList<>();
        int wordsEnd = k;
        while (words.size() < 4) {
            while (i < n && text.charAt(i) == ' ') {
                i++;
            }
            int e = wordEnd(text, i);
            if (e == i) {
                break;
            }
            String raw = text.substring(i, e);
            String w = raw.replaceAll("[.:!?]+$", "");
            String lower = w.toLowerCase(Locale.ROOT);
            if (lower.equals("per") || lower.equals("a") || lower.equals("each") || lower.equals("every")) {
                int e2 = wordEnd(text, Math.min(n, e + 1));
                String p = text.substring(Math.min(n, e + 1), e2).replaceAll("[.:!?]+$", "").toLowerCase(Locale.ROOT);
                if (PERIOD.contains(p) && !words.isEmpty()) {
                    words.add(lower + " " + p);
                    wordsEnd = Math.min(n, e + 1) + p.length();
                }
                break;
            }
            if (STOP.contains(lower) || w.isEmpty() || !Character.isLetter(w.charAt(0)) && w.charAt(0) != '/') {
                break;
            }
            words.add(w);
            wordsEnd = i + w.length();
            i = e;
            if (!raw.equals(w) || w.contains("/")) {
                break;
            }
            if ((lower.equals("daily") || lower.equals("monthly") || lower.equals("weekly")) && words.size() > 1) {
                break;
            }
        }
        end[0] = wordsEnd;
        return String.join(" ", words);
    }
}
