package dev.folio.profile;

import java.util.Optional;

/**
 * A highlight number. Either {@code value} ("-250 ms", "99.99%") or {@code before} and
 * {@code after} ("420" and "95" with unit "ms").
 */
public record Metric(
        String id,
        String label,
        String value,
        String before,
        String after,
        String unit,
        Optional<Direction> direction,
        String context) {

    /** True for a before → after metric. */
    public boolean comparison() {
        return value.isEmpty() && !before.isEmpty() && !after.isEmpty();
    }

    /** What the card shows: "420 → 95 ms", or the value with its unit. */
    public String display() {
        return number() + unitSuffix();
    }

    /** The number without its unit: "420 → 95" or the value. */
    public String number() {
        return comparison() ? before + " → " + after : value;
    }

    /** The unit as it follows the number: " ms", but "%" and "/mo" without a space. */
    public String unitSuffix() {
        return unit.isEmpty() ? "" : (unit.startsWith("%") || unit.startsWith("/") ? unit : " " + unit);
    }
}
