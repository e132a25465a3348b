package dev.folio.render.view;

/**
 * A metric card. {@code display} is the headline number ("420 → 95 ms"), also split into
 * {@code number} ("420 → 95") and {@code unitSuffix} (" ms", "%", "/mo"); {@code change} is the
 * computed change for before → after metrics ("−77%", "4.5×"), empty when it cannot be computed;
 * {@code improved} says whether the change goes the way {@code direction} wants; {@code beforeBar}
 * and {@code afterBar} are bar lengths from 1 to 100 (0 when the numbers are not understood);
 * {@code summary} says it all in one sentence, the text alternative of the chart.
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
        String context,
        int beforeBar,
        int afterBar,
        String summary) {

    /** Whether the card can draw the comparison: both numbers were understood. */
    public boolean hasChart() {
        return comparison && beforeBar > 0 && afterBar > 0;
    }
}
