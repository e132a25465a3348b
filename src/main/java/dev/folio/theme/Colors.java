package dev.folio.theme;

import java.util.Optional;
import java.util.regex.Pattern;

/** Colour values of theme parameters: parsing and WCAG contrast. */
public final class Colors {

    private static final Pattern HEX = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");

    private Colors() {}

    /** {@code #rrggbb} in lower case, from {@code #rgb} or {@code #rrggbb}. */
    public static Optional<String> parse(String text) {
        String t = text.strip();
        if (!HEX.matcher(t).matches()) {
            return Optional.empty();
        }
        if (t.length() == 4) {
            t = "#" + t.charAt(1) + t.charAt(1) + t.charAt(2) + t.charAt(2) + t.charAt(3) + t.charAt(3);
        }
        return Optional.of(t.toLowerCase(java.util.Locale.ROOT));
    }

    /** The WCAG 2 contrast ratio of two {@code #rrggbb} colours, from 1 to 21. */
    public static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(String hex) {
        double r = channel(Integer.parseInt(hex.substring(1, 3), 16));
        double g = channel(Integer.parseInt(hex.substring(3, 5), 16));
        double b = channel(Integer.parseInt(hex.substring(5, 7), 16));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }

    private static double channel(int value) {
        double c = value / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    /** An {@code int} RGB value for drawing. */
    public static int rgb(String hex) {
        return Integer.parseInt(hex.substring(1), 16);
    }
}
