package dev.folio.theme;

import java.util.Optional;
import java.util.SortedSet;

/** The themes a site can choose and what each declares. */
public interface ThemeCatalog {

    SortedSet<String> names();

    /** The theme's description, empty when it has none or it could not be read. */
    Optional<ThemeDescriptor> descriptor(String name);

    /** A catalog of names only, for tests and tools that do not care about parameters. */
    static ThemeCatalog of(SortedSet<String> names) {
        return new ThemeCatalog() {
            @Override
            public SortedSet<String> names() {
                return names;
            }

            @Override
            public Optional<ThemeDescriptor> descriptor(String name) {
                return Optional.empty();
            }
        };
    }
}
