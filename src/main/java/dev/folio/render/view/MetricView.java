package dev.folio.render.view;

/**
 * A metric card. {@code display} is the headline number ("420 → 95 ms"), also split into
 * {@code number} ("420 → 95") and {@code unitSuffix} (" ms", "%", "/mo"); {@code change} is the
 * computed change for before → after metrics ("−77%", "4.5×"), empty when it cannot be computed;
 * {@code improved} says whether the change goes the way {@code direction} wants.
 */
public record MetricView(
        String id,
        String label,
        String display,
        String number,
        String unitSuffix,
        boolean comparison,
        String before,
        String after,
        String unit,
        String change,
        String direction,
        boolean improved,
        String context) {}
