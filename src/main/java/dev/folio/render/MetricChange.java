package dev.folio.render;

import dev.folio.profile.Direction;
import dev.folio.profile.Metric;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The change of a before → after metric, computed from its numbers: "−77%" or "4.5×". */
final class MetricChange {

    private static final Pattern NUMBER = Pattern.compile(
            "[^\\d.\\-]*(\\d[\\d,]*(?:\\.\\d+)?)(?:\\s*[-–]\\s*(\\d[\\d,]*(?:\\.\\d+)?))?\\s*([kKmMbB]?)\\b.*");

    private MetricChange() {}

    /** A number as written: "420", "1,200", "3.5k", or a range "10-12" (its midpoint). */
    static Optional<Double> number(String text) {
        Matcher m = NUMBER.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        double low = Double.parseDouble(m.group(1).replace(",", ""));
        double value = m.group(2) == null ? low : (low + Double.parseDouble(m.group(2).replace(",", ""))) / 2;
        double scale = switch (m.group(3).toLowerCase(Locale.ROOT)) {
            case "k" -> 1e3;
            case "m" -> 1e6;
            case "b" -> 1e9;
            default -> 1;
        };
        return Optional.of(value * scale);
    }

    /** Empty unless both numbers parse and before is not zero. */
    static Optional<String> of(Metric metric) {
        if (!metric.comparison()) {
            return Optional.empty();
        }
        Optional<Double> before = number(metric.before());
        Optional<Double> after = number(metric.after());
        if (before.isEmpty() || after.isEmpty() || before.get() == 0) {
            return Optional.empty();
        }
        double ratio = after.get() / before.get();
        if (ratio >= 2) {
            return Optional.of(String.format(Locale.ROOT, "%s×", trim(ratio)));
        }
        double percent = (ratio - 1) * 100;
        String sign = percent < 0 ? "−" : "+";
        return Optional.of(sign + Math.round(Math.abs(percent)) + "%");
    }

    /** Whether the numbers moved the way the direction wants; true when unknown. */
    static boolean improved(Metric metric) {
        Optional<Double> before = number(metric.before());
        Optional<Double> after = number(metric.after());
        if (!metric.comparison() || before.isEmpty() || after.isEmpty() || metric.direction().isEmpty()) {
            return true;
        }
        return metric.direction().get() == Direction.LOWER_IS_BETTER
                ? after.get() <= before.get() : after.get() >= before.get();
    }

    /** Bar lengths 1-100 for before and after, the larger one full; {0, 0} when not understood. */
    static int[] bars(Metric metric) {
        Optional<Double> before = number(metric.before());
        Optional<Double> after = number(metric.after());
        if (!metric.comparison() || before.isEmpty() || after.isEmpty()) {
            return new int[] {0, 0};
        }
        double max = Math.max(before.get(), after.get());
        if (max <= 0) {
            return new int[] {0, 0};
        }
        return new int[] {bar(before.get(), max), bar(after.get(), max)};
    }

    private static int bar(double value, double max) {
        return (int) Math.max(1, Math.round(100 * value / max));
    }

    private static String trim(double value) {
        String text = String.format(Locale.ROOT, "%.1f", value);
        return text.endsWith(".0") ? text.substring(0, text.length() - 2) : text;
    }
}
