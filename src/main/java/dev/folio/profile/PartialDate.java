package dev.folio.profile;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A date as résumés write it: a year, or a year and a month ({@code 2021} or {@code 2021-03}). */
public record PartialDate(int year, int month) implements Comparable<PartialDate> {

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2}))?");
    private static final String[] MONTHS = {
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
    };

    public PartialDate {
        if (year < 1000 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
    }

    /** Parses {@code YYYY} or {@code YYYY-MM}; empty when the text is neither or names month 13. */
    public static Optional<PartialDate> parse(String text) {
        Matcher m = FORM.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (year < 1000 || month > 12 || (m.group(2) != null && month == 0)) {
            return Optional.empty();
        }
        return Optional.of(new PartialDate(year, month));
    }

    public boolean hasMonth() {
        return month != 0;
    }

    /** {@code Jul 2024} or {@code 2024}. */
    public String display() {
        return hasMonth() ? MONTHS[month - 1] + " " + year : Integer.toString(year);
    }

    /** {@code 2024-07} or {@code 2024}, the form it was written in. */
    public String iso() {
        return hasMonth() ? String.format("%04d-%02d", year, month) : Integer.toString(year);
    }

    @Override
    public int compareTo(PartialDate other) {
        return year != other.year ? Integer.compare(year, other.year) : Integer.compare(month, other.month);
    }

    @Override
    public String toString() {
        return iso();
    }
}
