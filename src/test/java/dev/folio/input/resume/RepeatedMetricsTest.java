package dev.folio.input.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.folio.profile.Metric;
import dev.folio.profile.Profile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A number a résumé repeats in several bullets becomes one metric, not one per bullet. */
class RepeatedMetricsTest {

    @Test
    void theSameMetricInTwoBulletsIsReadOnce() {
        Profile p = ResumeReader.readText("""
                Sam Example
                sam@example.com

                Experience

                Senior Engineer | Example Corp | 2020 – Present
                - Grew the mobile app to 1.3M+ users by rebuilding onboarding in Kotlin
                - Scaled the notification service for 1.3M+ users with Kafka
                - Cut p99 latency from 480 ms to 120 ms by caching in Redis

                Engineer | Sample Inc | 2017 – 2020
                - Cut p99 latency from 480 ms to 120 ms by moving reads to a replica
                """).profile();
        List<String> shown = p.metrics().stream().map(m -> m.label() + " " + m.display()).toList();
        assertEquals(shown.stream().distinct().toList(), shown, "no metric twice");
        assertEquals(1, shown.stream().filter(s -> s.contains("1.3M")).count(), shown.toString());
        assertEquals(1, p.metrics().stream().filter(m -> "480".equals(m.before()) && "120".equals(m.after())).count(),
                shown.toString());
        // a story written from a bullet whose metric was read before still refers to it
        List<String> ids = p.metrics().stream().map(Metric::id).toList();
        p.stories().forEach(s -> s.metrics().forEach(id -> assertEquals(true, ids.contains(id), id)));
    }
}
