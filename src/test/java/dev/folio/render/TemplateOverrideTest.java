package dev.folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.build.BuildFailure;
import dev.folio.build.BuildOptions;
import dev.folio.build.Builder;
import dev.folio.build.Phase;
import dev.folio.build.TestSites;
import dev.folio.problem.Problem;
import java.nio.file.Path;
import java.util.List;
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
    void siteThemeAddsToTheDefaultTheme() {
        Path source = TestSites.write(dir.resolve("site"), Map.of(
                "content/profile.yml", TestSites.MINIMAL_PROFILE,
                "content/site.yml", "theme: mine\n",
                "themes/mine/theme.yml", "name: mine\n",
                "themes/mine/assets/style.css", "body { color: teal; }\n",
                "themes/mine/templates/404.jte", """
                        @param dev.folio.render.view.NotFoundView view
                        <!DOCTYPE html><html lang="en"><title>Lost</title><h1>Lost</h1><a href="${view.homeHref()}">home</a></html>
                        """));
        Builder.build(new BuildOptions(source, dir.resolve("out"), Optional.empty()));
        assertTrue(TestSites.read(dir.resolve("out/404.html")).contains("<h1>Lost</h1>"));
        String home = TestSites.read(dir.resolve("out/index.html"));
        String style = org.jsoup.Jsoup.parse(home).selectFirst("link[rel=stylesheet]").attr("href");
        assertEquals("body { color: teal; }\n", TestSites.read(dir.resolve("out").resolve(style)));
        assertTrue(TestSites.read(dir.resolve("out/index.html")).contains("class=\"metric\""), "rest from default");
        assertTrue(home.contains("assets/favicon."), "default assets too");
    }

    @Test
    void unknownThemeInSiteYmlIsLocated() {
        Path source = TestSites.write(dir.resolve("site"), Map.of(
                "content/profile.yml", TestSites.MINIMAL_PROFILE,
                "content/site.yml", "title: T\ntheme: neon\n"));
        BuildFailure failure = assertThrows(BuildFailure.class,
                () -> Builder.build(new BuildOptions(source, dir.resolve("out"), Optional.empty())));
        assertEquals("content/site.yml:2:8: theme \"neon\" is not installed; available: " + dev.folio.build.TestSites.INSTALLED + " "
                + "(a site's own theme lives in themes/neon/theme.yml)", failure.problems().get(0).format());
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

    @Test
    void syntaxErrorInAnOverriddenPartialNamesThePartialOnce() {
        Path source = TestSites.write(dir.resolve("site"), Map.of(
                "content/profile.yml", TestSites.MINIMAL_PROFILE,
                "templates/partials/metric.jte", """
                        @param dev.folio.render.view.MetricView metric
                        @param boolean anchor = true
                        <p>${metric.label()}</p>
                        @if(anchor)
                        <p>anchored</p>
                        """));
        BuildFailure failure = assertThrows(BuildFailure.class,
                () -> Builder.build(new BuildOptions(source, dir.resolve("out"), Optional.empty())));
        assertEquals(Phase.RENDER, failure.phase());
        assertEquals(List.of("templates/partials/metric.jte:6: is not a valid template: Missing @endif; "
                + "fix the template or remove the override"), failure.problems().stream().map(Problem::format).toList());
    }

    @Test
    void compileErrorInAnOverriddenPartialNamesThePartialNotTheJavaFile() {
        Path source = TestSites.write(dir.resolve("site"), Map.of(
                "content/profile.yml", TestSites.MINIMAL_PROFILE,
                "templates/partials/metric.jte", """
                        @param dev.folio.render.view.MetricView metric
                        @param boolean anchor = true
                        <p>${metric.label()}</p>
                        <p>${metric.nosuchfield()}</p>
                        """));
        BuildFailure failure = assertThrows(BuildFailure.class,
                () -> Builder.build(new BuildOptions(source, dir.resolve("out"), Optional.empty())));
        assertEquals(List.of("templates/partials/metric.jte:4: does not compile: cannot find symbol; "
                + "symbol: method nosuchfield(); location: variable metric of type MetricView; "
                + "fix the template or remove the override"), failure.problems().stream().map(Problem::format).toList());
    }
}
