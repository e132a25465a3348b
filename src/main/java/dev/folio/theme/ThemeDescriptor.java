package dev.folio.theme;

import java.util.List;
import java.util.Optional;

/** What a theme's theme.yml says: its name, a description and the parameters it takes. */
public record ThemeDescriptor(String name, String description, List<ThemeParam> params) {

    public ThemeDescriptor {
        params = List.copyOf(params);
    }

    public Optional<ThemeParam> param(String name) {
        return params.stream().filter(p -> p.name().equals(name)).findFirst();
    }
}
