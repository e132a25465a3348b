package dev.folio.build;

import java.nio.file.Path;
import java.util.Optional;

/** What to build: the site folder (holding content/), where to write, and an optional theme override. */
public record BuildOptions(Path source, Path out, Optional<String> theme) {

    public static final String DEFAULT_OUT = "target/site";

    public BuildOptions {
        source = source.toAbsolutePath().normalize();
        out = out.toAbsolutePath().normalize();
    }
}
