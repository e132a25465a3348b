package dev.folio.input.resume.metrics;

import dev.folio.profile.Direction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads highlight metrics from one bullet: throughput, latency, before → after, percentages with
 * their direction, availability, money and scale. Versions, years, dates, durations, phone
 * numbers, GPAs and plain small counts are left alone: a number counts only with a unit, a
 * percent sign, a currency, K/M/B, a {@code +} or thousands.
 */
public final class MetricFinder {

    /** Bullets longer than this are read only this far. */
    static final int MAX_TEXT = 1000;

    private static final String[] DOWN = {"reduc", "cut", "lower", "decreas", "drop", "shrink", "shrank", "slash",
        "trim", "eliminat", "minimi", "shorten", "sav", "halv", "fell", "fall", "declin", "compress", "down", "brought",
        "bring", "less", "fewer", "smaller"};
    private static final String[] UP = {"increas", "improv", "boost", "rais", "grow", "grew", "lift", "rose", "rise",
        "accelerat", "doubl", "tripl", "expand", "driv", "gain", "enhanc", "ramp", "scal", "sped", "speed", "multipl",
        "uplift", "higher", "more", "maximi", "extend", "up"};
    private static final Set<String> AVAILABILITY = Set.of("uptime", "availability", "sla", "slo", "reliability",
            "success", "accuracy", "durability", "delivery", "pass", "crash-free", "available", "success-rate",
            "precision", "recall", "coverage", "satisfaction", "csat", "retention", "adoption", "compliance");
    private static final Set<String> COMPARATIVE_DOWN = Set.of("fewer", "less", "lower", "smaller", "cheaper",
            "reduction", "decrease", "drop", "decline", "shorter", "cut", "savings", "faster");
    private static final Set<String> COMPARATIVE_UP = Set.of("higher", "more", "increase", "growth", "lift",
            "improvement", "boost", "gain", "uplift", "better", "greater", "larger", "rise", "jump");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "our", "its", "their", "his", "her", "my",
            "overall", "average", "total");
    private static final Pattern BETWEEN = Pattern.compile("\\s?(?:to|→|->|=>|—>|auf|bis|à|a|para|naar|tot)\\s?(?:(?:about|around|under|below|over|"
            + "above|just|only|roughly|approximately|nearly|almost|less than|more than|up to|~)\\s)?");
    private static final Pattern FROM = Pattern.compile(".*\\bfrom\\s(?:(?:about|around|over|under|nearly|almost|roughly|"
            + "approximately|up to|more than|less than|~|an average of)\\s)?$");
    /** "from" in German, French, Spanish, Portuguese, Italian and Dutch, just before a number: not part of a label. */
    private static final Set<String> FROM_ELSEWHERE = Set.of("von", "de", "desde", "van", "da", "dal");
    private static final Pattern INSTEAD = Pattern.compile("\\s?(?:instead of|rather than|compared to|vs\\.?|versus|down from|up from)\\s?");

    private MetricFinder() {}

    public static List<FoundMetric> find(String bullet) {
        String text = bullet.length() > MAX_TEXT ? bullet.substring(0, MAX_TEXT) : bullet;
        List<Quantity> qs = Quantities.scan(text);
        String lower = text.toLowerCase(Locale.ROOT);
        boolean[] used = new boolean[qs.size()];
        List<FoundMetric> out = new ArrayList<>();
        for (int i = 0; i + 1 < qs.size(); i++) {
            Quantity a = qs.get(i);
            Quantity b = qs.get(i + 1);
            if (used[i] || a.end() > b.start()) {
                continue;
            }
            String between = lower.substring(a.end(), b.start());
            String lead = lower.substring(Math.max(0, a.start() - 40), a.start());
            boolean from = FROM.matcher(lead).matches();
            boolean arrow = between.contains("→") || between.contains("->") || between.contains("=>");
            if (BETWEEN.matcher(between).matches() && (from || arrow || sameUnit(a, b)) && worth(a, b)) {
                out.add(comparison(text, a, b, from ? lead.lastIndexOf("from") + Math.max(0, a.start() - 40) : a.start()));
                used[i] = used[i + 1] = true;
            } else if (INSTEAD.matcher(between).matches() && worth(a, b)) {
                out.add(withSourceOf(comparison(text, b, a, a.start()), text.substring(a.start(), b.end())));
                used[i] = used[i + 1] = true;
            }
        }
        for (int i = 0; i < qs.size(); i++) {
            if (!used[i]) {
                single(text, lower, qs.get(i)).ifPresent(out::add);
            }
        }
        return out;
    }

    private static boolean sameUnit(Quantity a, Quantity b) {
        return !a.unit().isEmpty() && a.unit().equalsIgnoreCase(b.unit()) && a.kind() != Quantity.UnitKind.COUNT;
    }

    private static boolean worth(Quantity a, Quantity b) {
        boolean yearA = a.magnitude() >= 1950 && a.magnitude() <= 2099 && a.number().length() == 4;
        boolean yearB = b.magnitude() >= 1950 && b.magnitude() <= 2099 && b.number().length() == 4;
        if (yearA && yearB) {
            return false;
        }
        return a.kind() != Quantity.UnitKind.NONE || b.kind() != Quantity.UnitKind.NONE || a.big() || b.big();
    }

    private static FoundMetric comparison(String text, Quantity before, Quantity after, int from) {
        String unit = !after.unit().isEmpty() ? after.unit() : before.unit();
        String beforeValue = before.value();
        if (!before.unit().isEmpty() && !before.unit().equalsIgnoreCase(unit) && !unit.equals("%")) {
            beforeValue += " " + before.unit();
        }
        double b = seconds(before);
        double a = seconds(after);
        Direction direction = a < b ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
        String label = subject(text, Math.min(from, before.start()));
        if (label.isEmpty()) {
            label = fallback(after.kind() == Quantity.UnitKind.NONE ? before.kind() : after.kind());
        }
        int start = Math.min(from, before.start());
        int end = Math.max(before.end(), after.end());
        return new FoundMetric(label, "", beforeValue, after.value(), unit, Optional.of(direction),
                text.substring(start, end).strip());
    }

    private static FoundMetric withSourceOf(FoundMetric m, String source) {
        return new FoundMetric(m.label(), m.value(), m.before(), m.after(), m.unit(), m.direction(), source);
    }

    private static Optional<FoundMetric> single(String text, String lower, Quantity q) {
        String lead = lower.substring(Math.max(0, q.start() - 30), q.start());
        String after = lower.substring(q.end(), Math.min(lower.length(), q.end() + 40)).strip();
        String[] next = after.split("[^\\p{L}-]+");
        boolean by = lead.matches(".*\\bby\\s(?:(?:up to|over|about|around|nearly|almost|more than|roughly|~)\\s)?$");
        String source = text.substring(q.start(), q.end()).strip();
        String number = q.comparator().strip() + q.value();
        switch (q.kind()) {
            case PERCENT -> {
                if (by) {
                    int byAt = lower.lastIndexOf("by", q.start());
                    boolean down = verbDown(lower, byAt);
                    String label = subject(text, byAt, true);
                    int from = label.isEmpty() ? byAt : Math.max(0, text.lastIndexOf(label, byAt));
                    return Optional.of(metric(label, down ? "-" + q.number() : q.number(), "%",
                            down ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER,
                            text.substring(from, q.end()), "Change"));
                }
                for (int i = 0; i < Math.min(3, next.length); i++) {
                    if (COMPARATIVE_DOWN.contains(next[i]) && !next[i].equals("faster")) {
                        return Optional.of(metric(words(text, q.end(), i), "-" + q.number(), "%", Direction.LOWER_IS_BETTER,
                                source + " " + firstWords(text, q.end(), i + 1), "Reduction"));
                    }
                    if (COMPARATIVE_UP.contains(next[i]) || next[i].equals("faster")) {
                        return Optional.of(metric(words(text, q.end(), i), q.number(), "%", Direction.HIGHER_IS_BETTER,
                                source + " " + firstWords(text, q.end(), i + 1), "Increase"));
                    }
                }
                if (q.magnitude() >= 90 && nearAvailability(next, lead)) {
                    return Optional.of(metric(availabilityLabel(next, lead), q.number(), "%", Direction.HIGHER_IS_BETTER,
                            source + " " + firstWords(text, q.end(), 2), "Availability"));
                }
                String label = subject(text, q.start());
                if (label.isEmpty()) {
                    label = words(text, q.end(), 3);
                }
                return Optional.of(metric(label, number, "%", null, source, "Share"));
            }
            case LATENCY -> {
                boolean faster = next.length > 0 && (next[0].equals("faster") || next[0].equals("quicker")
                        || next[0].equals("less") || next[0].equals("lower") || next[0].equals("reduction"));
                if (by || faster) {
                    int at = by ? lower.lastIndexOf("by", q.start()) : q.start();
                    String label = subject(text, by ? at : q.start(), by);
                    return Optional.of(metric(label.isEmpty() ? "Latency" : label, "-" + q.number(), q.unit(),
                            Direction.LOWER_IS_BETTER, by ? text.substring(at, q.end()) : source + " " + next[0], "Latency"));
                }
                String label = latencyLabel(text, q);
                return Optional.of(metric(label, number, q.unit(), Direction.LOWER_IS_BETTER,
                        text.substring(Math.max(0, Math.min(q.start(), labelStart(text, q))), q.end()).strip(), "Latency"));
            }
            case TIME, SIZE -> {
                if (q.big() && !by) {
                    return Optional.of(metric(capitalize(q.unit()), number, q.unit(), Direction.HIGHER_IS_BETTER, source,
                            "Scale"));
                }
                boolean saved = lead.matches(".*\\b(?:saving|saved|saves|freeing|freed)\\s$");
                if (by || saved || next.length > 0 && COMPARATIVE_DOWN.contains(next[0])) {
                    String label = by ? subject(text, lower.lastIndexOf("by", q.start()), true) : "";
                    return Optional.of(metric(label.isEmpty() ? (saved ? "Time saved" : "Reduction") : label,
                            saved ? q.number() : "-" + q.number(), q.unit(),
                            saved ? Direction.HIGHER_IS_BETTER : Direction.LOWER_IS_BETTER, source, "Change"));
                }
                return Optional.empty();
            }
            case MONEY -> {
                String label = lower.matches(".*\\b(?:sav|cut|reduc|lower|trim|slash|cost|spend).*")
                        ? "Cost savings" : lower.matches(".*\\b(?:revenue|sales|arr|gmv|bookings|income|profit).*")
                        ? "Revenue" : "Amount";
                return Optional.of(metric(label, q.comparator().strip() + q.value(), q.unit(), Direction.HIGHER_IS_BETTER,
                        source, "Amount"));
            }
            case RATE -> {
                return Optional.of(metric("Throughput", number, q.unit(), Direction.HIGHER_IS_BETTER, source, "Throughput"));
            }
            case MULTIPLIER -> {
                String label = next.length > 0 && !next[0].isEmpty() ? words(text, q.end(), 2) : "Speed-up";
                return Optional.of(metric(label, q.number(), "x", Direction.HIGHER_IS_BETTER,
                        source + (next.length > 0 && !next[0].isEmpty() ? " " + firstWords(text, q.end(), 1) : ""), "Speed-up"));
            }
            case COUNT, NONE -> {
                if (!q.big() || q.kind() == Quantity.UnitKind.NONE && !q.number().matches(".*[KMB+]")) {
                    return Optional.empty();
                }
                String label = q.unit().isEmpty() ? "Scale" : capitalize(q.unit());
                return Optional.of(metric(label, number, q.unit(), Direction.HIGHER_IS_BETTER, source, "Scale"));
            }
            default -> {
                return Optional.empty();
            }
        }
    }

    private static FoundMetric metric(String label, String value, String unit, Direction direction, String source,
            String fallback) {
        String l = label == null || label.isBlank() ? fallback : capitalize(label.strip());
        return new FoundMetric(l, value, "", "", unit, Optional.ofNullable(direction), source.strip());
    }

    private static boolean nearAvailability(String[] next, String lead) {
        for (int i = 0; i < Math.min(3, next.length); i++) {
            if (AVAILABILITY.contains(next[i])) {
                return true;
            }
        }
        String[] before = lead.strip().split("[^\\p{L}-]+");
        for (int i = Math.max(0, before.length - 3); i < before.length; i++) {
            if (AVAILABILITY.contains(before[i])) {
                return true;
            }
        }
        return false;
    }

    private static String availabilityLabel(String[] next, String lead) {
        for (String w : next) {
            if (AVAILABILITY.contains(w)) {
                return capitalize(w);
            }
        }
        return "Availability";
    }

    /** Is the verb before {@code at} one that makes things smaller ("reduced", "cutting")? */
    private static boolean verbDown(String lower, int at) {
        String before = lower.substring(Math.max(0, at - 80), Math.max(0, at));
        String[] words = before.split("[^\\p{L}]+");
        for (int i = words.length - 1; i >= 0 && i >= words.length - 10; i--) {
            for (String d : DOWN) {
                if (words[i].startsWith(d)) {
                    return true;
                }
            }
            for (String u : UP) {
                if (words[i].startsWith(u)) {
                    return false;
                }
            }
        }
        return false;
    }

    private static boolean isVerb(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() > 3 && (w.endsWith("ed") || w.endsWith("ing"))) {
            return true;
        }
        for (String s : DOWN) {
            if (w.startsWith(s) && w.length() <= s.length() + 3) {
                return true;
            }
        }
        for (String s : UP) {
            if (w.startsWith(s) && w.length() <= s.length() + 3 && !w.equals("up") && !w.equals("more")) {
                return true;
            }
        }
        return Set.of("cut", "got", "took", "made", "kept", "held", "ran", "led", "built", "brought", "drove", "hit",
                "set", "won", "achieve", "achieves", "reach", "reaches", "keep", "hold", "run", "make").contains(w);
    }

    static String subject(String text, int at) {
        return subject(text, at, false);
    }

    /** The words naming what changed: between the last verb (or comma) and {@code at}, at most six. */
    static String subject(String text, int at, boolean skipBy) {
        if (at <= 0) {
            return "";
        }
        String before = text.substring(Math.max(0, at - 120), at);
        int cut = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')),
                Math.max(before.lastIndexOf('('), before.lastIndexOf(':')));
        if (cut >= 0) {
            before = before.substring(cut + 1);
        }
        String[] words = before.strip().split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = words.length - 1; i >= 0 && out.size() < 7; i--) {
            String w = words[i];
            if (w.isEmpty() || isVerb(w) || w.equalsIgnoreCase("from") && !out.isEmpty()
                    || w.equalsIgnoreCase("and") || w.equalsIgnoreCase("while") || w.equalsIgnoreCase("that")) {
                break;
            }
            if (w.equalsIgnoreCase("from") || w.equalsIgnoreCase("by") || w.equalsIgnoreCase("down")
                    || w.equalsIgnoreCase("up") || w.equalsIgnoreCase("at") && out.isEmpty()
                    || out.isEmpty() && FROM_ELSEWHERE.contains(w.toLowerCase(Locale.ROOT))) {
                continue;
            }
            out.add(0, w);
        }
        while (!out.isEmpty() && ARTICLES.contains(out.get(0).toLowerCase(Locale.ROOT))) {
            out.remove(0);
        }
        if (out.size() > 6) {
            return "";
        }
        String s = String.join(" ", out).replaceAll("[^\\p{L}\\p{N})]+$", "");
        return s.length() > 60 ? "" : s;
    }

    /** "p99 API latency < 150ms" → "p99 API latency"; otherwise the words after, or "Latency". */
    private static String latencyLabel(String text, Quantity q) {
        String s = subject(text, q.start());
        if (!s.isEmpty() && s.length() <= 40) {
            return s;
        }
        String after = words(text, q.end(), 3);
        return after.isEmpty() ? "Latency" : after;
    }

    private static int labelStart(String text, Quantity q) {
        String s = subject(text, q.start());
        if (s.isEmpty()) {
            return q.start();
        }
        int i = text.lastIndexOf(s, q.start());
        return i < 0 ? q.start() : i;
    }

    /** Up to {@code max} words after {@code from}, stopping at a preposition or punctuation. */
    private static String words(String text, int from, int max) {
        String rest = text.substring(Math.min(from, text.length())).strip();
        List<String> out = new ArrayList<>();
        for (String w : rest.split("\\s+")) {
            String clean = w.replaceAll("[^\\p{L}\\p{N}-]+$", "");
            String l = clean.toLowerCase(Locale.ROOT);
            if (clean.isEmpty() || Set.of("in", "on", "at", "for", "by", "with", "and", "to", "across", "over", "while",
                    "of", "from", "via", "through", "after", "during").contains(l)) {
                break;
            }
            if (COMPARATIVE_DOWN.contains(l) || COMPARATIVE_UP.contains(l) || Set.of("faster", "the", "a", "an").contains(l)) {
                if (out.isEmpty()) {
                    continue;
                }
            }
            out.add(clean);
            if (out.size() >= Math.max(max, 1) + 1 || !w.equals(clean)) {
                break;
            }
        }
        return String.join(" ", out);
    }

    private static String firstWords(String text, int from, int count) {
        String rest = text.substring(Math.min(from, text.length())).strip();
        String[] ws = rest.split("\\s+");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(count, ws.length); i++) {
            if (Set.of("and", "or", "with", "in", "on", "at", "for", "to", "while").contains(ws[i].toLowerCase(Locale.ROOT))) {
                break;
            }
            out.add(ws[i]);
        }
        return String.join(" ", out).replaceAll("[,;.]+$", "");
    }

    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        if (s.length() > 1 && (Character.isUpperCase(s.charAt(1)) || Character.isDigit(s.charAt(1)))) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String fallback(Quantity.UnitKind kind) {
        return switch (kind) {
            case PERCENT -> "Share";
            case LATENCY -> "Latency";
            case TIME -> "Time";
            case SIZE -> "Size";
            case RATE -> "Throughput";
            case MONEY -> "Amount";
            case MULTIPLIER -> "Speed-up";
            default -> "Scale";
        };
    }

    /** Seconds for time units, so that "2 days → 20 minutes" compares right; other units as they are. */
    private static double seconds(Quantity q) {
        String u = q.unit().toLowerCase(Locale.ROOT);
        double m = q.magnitude();
        if (u.startsWith("ms") || u.startsWith("milli")) {
            return m / 1000;
        }
        if (u.startsWith("min")) {
            return m * 60;
        }
        if (u.startsWith("h")) {
            return m * 3600;
        }
        if (u.startsWith("day")) {
            return m * 86400;
        }
        if (u.startsWith("week")) {
            return m * 604800;
        }
        if (u.equals("kb")) {
            return m * 1e3;
        }
        if (u.equals("mb")) {
            return m * 1e6;
        }
        if (u.equals("gb")) {
            return m * 1e9;
        }
        return m;
    }
}
