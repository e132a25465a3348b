package dev.folio.input;

import java.util.Optional;

/** Settings given on the command line that win over content/site.yml: the theme and the base URL. */
public record Overrides(Optional<String> theme, Optional<String> baseUrl) {

    public static final Overrides NONE = new Overrides(Optional.empty(), Optional.empty());

    public static Overrides theme(Optional<String> theme) {
        return new Overrides(theme, Optional.empty());
    }
}
