package dev.folio.build;

import dev.folio.input.Overrides;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * What to build: the site folder (holding content/), where to write, settings that win over
 * site.yml, and the build's date for reproducible builds (SOURCE_DATE_EPOCH; else taken from the
 * content). {@code project} is the folder whose sources the output must keep clear of (the site
 * folder, unless the site was made elsewhere for it, as {@code build --resume} does);
 * {@code force} lets the build replace an output folder folio did not write.
 */
public record BuildOptions(Path source, Path out, Overrides overrides, Optional<Instant> sourceDate, Path project,
        boolean force) {

    public static final String DEFAULT_OUT = "target/site";

    public BuildOptions {
        source = source.toAbsolutePath().normalize();
        out = out.toAbsolutePath().normalize();
        project = project.toAbsolutePath().normalize();
    }

    public BuildOptions(Path source, Path out, Overrides overrides, Optional<Instant> sourceDate) {
        this(source, out, overrides, sourceDate, source, false);
    }

    public BuildOptions(Path source, Path out, Optional<String> theme) {
        this(source, out, Overrides.theme(theme), Optional.empty());
    }

    public Optional<String> theme() {
        return overrides.theme();
    }
}
