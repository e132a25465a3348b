package dev.folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.build.BuildFailure;
import dev.folio.build.BuildOptions;
import dev.folio.build.Builder;
import dev.folio.build.Phase;
import dev.folio.build.TestSites;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A template in the site's templates/ wins over the theme's; a broken one is located. */
final class TemplateOverrideTest {

    @TempDir
    Path dir;

    @Test
    void siteTemplateReplacesOnePartial() {
        Path source = TestSites.write(dir.resolve("site"), Map.of(
                "content/profile.yml", TestSites.MINIMAL_PROFILE,
                "templates/partials/metric.jte", """
                        @param dev.folio.render.view.MetricView metric
                        @param boolean anchor = true
                        <p class="my-metric" id="${anchor ? "metric-" + metric.id() : null}">${metric.label()}: ${metric.display()}</p>
                        """));
        Builder.build(new BuildOptions(source, dir.resolve("out"), Optional.empty()));
        String home = TestSites.read(dir.resolve("out/index.html"));
        assertTrue(home.contains("<p class=\"my-metric\" id=\"metric-p99\">p99 latency: 420 → 95 ms</p>"), home);
        assertTrue(home.contains("<h1 id=\"hero-name\">Sam Example</h1>"), "the rest still comes from the theme");
    }

    @Test
    void brokenOverrideNamesTheFileAndLine() {
        Path source = TestSites.write(dir.resolve("site"), Map.of(
                "content/profile.yml", TestSites.MINIMAL_PROFILE,
                "templates/partials/metric.jte", """
                        @param dev.folio.render.view.MetricView metric
                        @param boolean anchor = true
                        <p>${metric.nosuchfield()}</p>
                        """));
        BuildFailure failure = assertThrows(BuildFailure.class,
                () -> Builder.build(new BuildOptions(source, dir.resolve("out"), Optional.empty())));
        assertEquals(Phase.RENDER, failure.phase());
        String message = failure.problems().get(0).format();
        assertTrue(message.startsWith("templates/partials/metric.jte:3: "), message);
        assertTrue(message.contains("nosuchfield"), message);
    }
}
