package dev.folio.input.resume.metrics;

import dev.folio.profile.Direction;
import java.util.Optional;

/**
 * A metric read from a bullet: the fields of folio's Metric, and {@code source}, the exact text it
 * was read from ("p99 API latency < 150ms", "from 480 ms to 120 ms").
 */
public record FoundMetric(String label, String value, String before, String after, String unit,
        Optional<Direction> direction, String source) {}
