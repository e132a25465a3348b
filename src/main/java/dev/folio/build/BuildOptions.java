package dev.folio.build;

import dev.folio.input.Overrides;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * What to build: the site folder (holding content/), where to write, settings that win over
 * site.yml, and the build's date for reproducible builds (SOURCE_DATE_EPOCH; else taken from the
 * content).
 */
public record BuildOptions(Path source, Path out, Overrides overrides, Optional<Instant> sourceDate) {

    public static final String DEFAULT_OUT = "target/site";

    public BuildOptions {
        source = source.toAbsolutePath().normalize();
        out = out.toAbsolutePath().normalize();
    }

    public BuildOptions(Path source, Path out, Optional<String> theme) {
        this(source, out, Overrides.theme(theme), Optional.empty());
    }

    public Optional<String> theme() {
        return overrides.theme();
    }
}
