package dev.folio.theme;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A theme: {@code templates/} and {@code assets/} under a root. {@code builtIn} is the copy that
 * travels inside folio (precompiled); {@code local} the site's own {@code themes/<name>/}, if any.
 */
public record Theme(String name, Optional<Path> builtIn, Optional<Path> local) {

    /** Package of the precompiled templates of a built-in theme. */
    public static String precompiledPackage(String name) {
        return "dev.folio.generated.theme_" + name.replace('-', '_');
    }
}
