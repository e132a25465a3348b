package dev.folio.build;

import dev.folio.check.CheckReport;
import java.nio.file.Path;

/** A finished build: pages written, elapsed time, where, and the link check's report. */
public record BuildResult(long pages, long files, long millis, Path out, CheckReport check) {}
