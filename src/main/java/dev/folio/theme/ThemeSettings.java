package dev.folio.theme;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The chosen theme with every parameter resolved: the site's values from site.yml, the theme's
 * defaults for the rest. {@code values} holds colours and choices; {@code order} the home-page
 * sections to show.
 */
public record ThemeSettings(String name, Map<String, String> values, List<String> order) {

    public ThemeSettings {
        values = java.util.Collections.unmodifiableMap(new TreeMap<>(values));
        order = List.copyOf(order);
    }

    public String value(String param, String fallback) {
        return values.getOrDefault(param, fallback);
    }

    /** Whether the home page shows a section ({@link ThemeParam#SECTION_IDS}). */
    public boolean shows(String section) {
        return order.contains(section);
    }
}
