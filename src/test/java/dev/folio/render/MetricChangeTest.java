package dev.folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.folio.profile.Direction;
import dev.folio.profile.Metric;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class MetricChangeTest {

    static Metric compare(String before, String after, Direction direction) {
        return new Metric("m", "M", "", before, after, "ms", Optional.of(direction), "");
    }

    @Test
    void percentAndMultiples() {
        assertEquals("−77%", MetricChange.of(compare("420", "95", Direction.LOWER_IS_BETTER)).orElseThrow());
        assertEquals("4.5×", MetricChange.of(compare("10-12", "50", Direction.HIGHER_IS_BETTER)).orElseThrow());
        assertEquals("+50%", MetricChange.of(compare("1.2k", "1,800", Direction.HIGHER_IS_BETTER)).orElseThrow());
        assertEquals(Optional.empty(), MetricChange.of(compare("fast", "faster", Direction.HIGHER_IS_BETTER)));
        assertEquals(Optional.empty(), MetricChange.of(compare("0", "5", Direction.HIGHER_IS_BETTER)));
    }

    @Test
    void directionDecidesWhetherItImproved() {
        assertFalse(MetricChange.improved(compare("95", "420", Direction.LOWER_IS_BETTER)));
        assertFalse(MetricChange.improved(compare("50", "10", Direction.HIGHER_IS_BETTER)));
    }

    @Test
    void displayJoinsUnits() {
        assertEquals("420 → 95 ms", compare("420", "95", Direction.LOWER_IS_BETTER).display());
        assertEquals("$120K/mo", new Metric("m", "M", "$120K", "", "", "/mo", Optional.empty(), "").display());
    }
}
