package dev.folio.theme;

import java.util.List;

/**
 * A parameter a theme declares in its theme.yml and a site sets under {@code params:} in
 * site.yml. {@code contrastWith} (a colour) asks that a colour value keep a 4.5:1 contrast with it.
 */
public record ThemeParam(String name, Type type, String description, String defaultValue,
        List<String> choices, String contrastWith) {

    /** What values a parameter takes. */
    public enum Type {
        /** A colour, #rgb or #rrggbb. */
        COLOR,
        /** One of {@code choices}. */
        CHOICE,
        /** The home-page sections to show, in order: a list of section ids. */
        SECTIONS;

        public static java.util.Optional<Type> of(String key) {
            for (Type t : values()) {
                if (t.name().equalsIgnoreCase(key)) {
                    return java.util.Optional.of(t);
                }
            }
            return java.util.Optional.empty();
        }
    }

    /** The home-page sections a theme can show; {@code sections} is the free Markdown sections. */
    public static final List<String> SECTION_IDS = List.of("impact", "stories", "principles", "stack", "experience",
            "education", "projects", "recognition", "sections", "contact");

    public ThemeParam {
        choices = List.copyOf(choices);
    }
}
