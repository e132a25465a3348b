package dev.folio.input.resume.metrics;

/**
 * A number written in a bullet with what travels with it: currency, comparator, K/M/B, {@code +},
 * {@code %} and the unit after it.
 *
 * @param start    where the quantity's text starts (its currency or comparator included)
 * @param numberEnd where the number (with K/M/B, {@code +}, {@code %}) ends
 * @param end      where its unit ends
 * @param number   the number as written, "10K+", "1,200", "10-12", "3.5M" (million as M)
 * @param unit     "ms", "events/min", "QPS", "%", "enterprise clients", or empty
 */
record Quantity(int start, int numberEnd, int end, String comparator, String currency, String number, String unit,
        UnitKind kind, double magnitude, boolean grouped) {

    enum UnitKind { PERCENT, MONEY, LATENCY, TIME, SIZE, RATE, MULTIPLIER, COUNT, NONE }

    /** Written with K/M/B, a {@code +}, or thousands grouping: a count worth showing. */
    boolean big() {
        return number.matches(".*[KMB]\\+?") || number.endsWith("+") || grouped
                || (magnitude >= 1000 && !(magnitude >= 1950 && magnitude <= 2099 && number.length() == 4));
    }

    /** The value as folio shows it: currency, comparator and number. */
    String value() {
        return currency + number;
    }
}
