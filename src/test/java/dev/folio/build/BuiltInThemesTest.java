package dev.folio.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.input.ContentLoader;
import dev.folio.profile.Metric;
import dev.folio.profile.Profile;
import dev.folio.profile.SkillGroup;
import dev.folio.profile.Story;
import dev.folio.profile.Work;
import dev.folio.theme.Themes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every built-in theme builds the sample and shows all of it, keeps to a strict content security
 * policy (no inline scripts or styles, no event handlers, nothing loaded from elsewhere), copes
 * with a bare profile and with overlong text, and has its parameters checked.
 */
final class BuiltInThemesTest {

    @TempDir
    static Path dir;

    static Profile profile;

    @BeforeAll
    static void loadSample() {
        profile = new ContentLoader().load(TestSites.SAMPLE).profile();
    }

    /**
     * The themes folio ships. A fork's own theme in themes/ travels in the jar too, but these tests
     * hold folio's themes to their bar, not a fork's.
     */
    static List<String> themes() {
        return TestSites.SHIPPED_THEMES;
    }

    @Test
    void folioShipsThreeThemes() {
        assertTrue(List.copyOf(Themes.available(Path.of("no-such-site"))).containsAll(themes()),
                Themes.available(Path.of("no-such-site")).toString());
    }

    private static Path buildSample(String theme) {
        Path out = dir.resolve("sample-" + theme);
        if (!Files.isDirectory(out)) {
            BuildResult result = Builder.build(new BuildOptions(TestSites.SAMPLE, out, Optional.of(theme)));
            assertTrue(result.check().ok(), theme + ": " + result.check());
            assertEquals(5, result.pages(), theme);
        }
        return out;
    }

    private static Document page(Path site, String path) {
        try {
            return Jsoup.parse(site.resolve(path).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @MethodSource("themes")
    void sampleShowsEveryMetricStoryJobAndStackItem(String theme) {
        Path site = buildSample(theme);
        Document home = page(site, "index.html");
        assertEquals(profile.basics().name(), home.selectFirst("h1").text(), theme);
        for (Metric m : profile.metrics()) {
            Element card = home.getElementById("metric-" + m.id());
            assertNotNull(card, theme + ": card for " + m.id());
            assertEquals(m.label(), card.selectFirst(".metric-label").text(), theme);
            assertEquals(m.display(), card.selectFirst(".metric-value").text(), theme);
        }
        for (Story s : profile.stories()) {
            Element link = home.selectFirst("#stories a[href=stories/" + s.id() + ".html]");
            assertNotNull(link, theme + ": card links to " + s.id());
            assertEquals(s.title(), link.text(), theme);
            Document story = page(site, "stories/" + s.id() + ".html");
            assertEquals(s.title(), story.selectFirst("h1").text(), theme);
            for (String id : s.metrics()) {
                assertNotNull(story.getElementById("metric-" + id), theme + ": " + s.id() + " shows " + id);
            }
        }
        String experience = home.getElementById("experience").text();
        for (Work w : profile.work()) {
            assertTrue(experience.contains(w.position()), theme + ": " + w.position());
            assertTrue(experience.contains(w.name()), theme + ": " + w.name());
            w.highlights().forEach(h -> assertTrue(experience.contains(h), theme + ": " + h));
        }
        List<String> tech = home.select("#stack .tech").eachText();
        for (SkillGroup g : profile.skills()) {
            assertTrue(home.select("#stack h3").eachText().contains(g.name()), theme + ": " + g.name());
            g.keywords().forEach(k -> assertTrue(tech.contains(k), theme + ": " + k));
        }
    }

    @ParameterizedTest
    @MethodSource("themes")
    void pagesHoldToAStrictContentSecurityPolicy(String theme) throws IOException {
        Path site = buildSample(theme);
        List<String> found = new ArrayList<>();
        for (Path file : files(site, ".html")) {
            String name = site.relativize(file).toString().replace('\\', '/');
            Document doc = Jsoup.parse(file.toFile());
            for (Element script : doc.select("script")) {
                if (!script.attr("type").equals("application/ld+json") || script.hasAttr("src")) {
                    found.add(name + ": " + script.outerHtml());
                }
            }
            doc.select("style").forEach(e -> found.add(name + ": <style> element"));
            for (Element e : doc.getAllElements()) {
                for (Attribute a : e.attributes()) {
                    if (a.getKey().startsWith("on") || a.getKey().equals("style")) {
                        found.add(name + ": " + e.tagName() + " " + a.getKey());
                    }
                }
            }
            for (Element e : doc.select("link[href], img[src], script[src], iframe, object, embed")) {
                String target = e.hasAttr("src") ? e.attr("src") : e.attr("href");
                boolean fetched = !e.tagName().equals("link") || e.attr("rel").matches("(?i).*\\b(stylesheet|icon|preload|modulepreload)\\b.*");
                if (fetched && (target.contains("//") || target.startsWith("data:"))) {
                    found.add(name + ": loads " + target);
                }
            }
        }
        for (Path css : files(site, ".css")) {
            String text = Files.readString(css, StandardCharsets.UTF_8);
            if (text.contains("@import") || text.matches("(?s).*url\\(\\s*['\"]?(https?:|//).*")) {
                found.add(site.relativize(css) + ": loads from elsewhere");
            }
        }
        assertEquals(List.of(), found, theme);
    }

    static final String BARE_PROFILE = """
            basics:
              name: Sam Example
              label: Backend Engineer
              email: sam@example.com
            """;

    @ParameterizedTest
    @MethodSource("themes")
    void profileWithNoMetricsAndNoStoriesBuilds(String theme) {
        Path source = TestSites.write(dir.resolve("bare-src-" + theme), Map.of("content/profile.yml", BARE_PROFILE));
        Path out = dir.resolve("bare-" + theme);
        BuildResult result = Builder.build(new BuildOptions(source, out, Optional.of(theme)));
        assertTrue(result.check().ok(), theme);
        assertEquals(2, result.pages(), theme);
        Document home = page(out, "index.html");
        assertEquals("Sam Example", home.selectFirst("h1").text(), theme);
        assertTrue(home.select("#impact, #stories, .metric").isEmpty(), theme);
        assertEquals(1, home.select("#contact a[href=mailto:sam@example.com]").size(), theme);
    }

    static final String LONG_NAME = "Maximiliana Wolfeschlegelsteinhausenbergerdorff-Featherstonehaugh de la Cruz";
    static final String LONG_TITLE = "A very long story title about moving the whole serving path of a very large "
            + "system from one datacenter to another without downtime, and what we learned about "
            + "Kafkaconsumergroupsrebalancingwithoutanypause along the way";
    static final String LONG_PROFILE = """
            basics:
              name: "%s"
              label: "Principal Distributed Systems and Platform Reliability Engineering Lead"
              email: "maximiliana.wolfeschlegelsteinhausenbergerdorff@example.com"
            metrics:
              - id: huge
                label: "Requests handled per second per region across every availability zone"
                before: "1234567890123"
                after: "9876543210987654"
                unit: "requests/second/region"
                direction: higher-is-better
            stories:
              - id: long
                title: "%s"
                problem: P.
                approach: A.
                impact: I.
                metrics: [huge]
            """.formatted(LONG_NAME, LONG_TITLE);

    @ParameterizedTest
    @MethodSource("themes")
    void overlongNamesTitlesAndValuesAreShownWhole(String theme) {
        Path source = TestSites.write(dir.resolve("long-src-" + theme), Map.of("content/profile.yml", LONG_PROFILE));
        Path out = dir.resolve("long-" + theme);
        assertTrue(Builder.build(new BuildOptions(source, out, Optional.of(theme))).check().ok(), theme);
        Document home = page(out, "index.html");
        assertEquals(LONG_NAME, home.selectFirst("h1").text(), theme);
        assertEquals("1234567890123 → 9876543210987654 requests/second/region",
                home.selectFirst("#metric-huge .metric-value").text(), theme);
        assertEquals(LONG_TITLE, home.selectFirst("#stories a[href=stories/long.html]").text(), theme);
        assertEquals(LONG_TITLE, page(out, "stories/long.html").selectFirst("h1").text(), theme);
    }

    /** Each theme's colour parameters, the colour its accent must stand out from, and its choices. */
    static Stream<Arguments> badParams() {
        return Stream.of(
                Arguments.of("default", "1.1:1 with the background #ffffff", "system, humanist, serif, mono"),
                Arguments.of("editorial", "1.1:1 with the background #f3eee3", "serif, humanist"),
                Arguments.of("terminal", "1.0:1 with the background #f5f5f0", "system, mono"));
    }

    @ParameterizedTest
    @MethodSource("badParams")
    void badParametersAreLocatedInSiteYml(String theme, String contrast, String fonts) {
        Path source = TestSites.write(dir.resolve("params-" + theme), Map.of(
                "content/profile.yml", BARE_PROFILE,
                "content/site.yml", """
                        theme: %s
                        params:
                          accent: "#ffff00"
                          accentDark: blue
                          fonts: comic
                          storyStyle: tiles
                        """.formatted(theme)));
        BuildFailure failure = assertThrows(BuildFailure.class,
                () -> Builder.build(new BuildOptions(source, dir.resolve("params-out-" + theme), Optional.empty())));
        assertTrue(failure.invalidInput(), theme);
        List<String> expected = new ArrayList<>(List.of(
                "content/site.yml:3:11: params.accent #ffff00 has a contrast of " + contrast
                        + "; text needs at least 4.5:1, so choose a darker colour",
                "content/site.yml:4:15: params.accentDark \"blue\" is not a colour; use #rrggbb, e.g. #1d4ed8",
                "content/site.yml:5:10: params.fonts \"comic\" is not one of the choices; use one of: " + fonts));
        expected.add(theme.equals("default")
                ? "content/site.yml:6:15: params.storyStyle is not a parameter of theme default; it takes: "
                        + "accent, accentDark, fonts, order"
                : "content/site.yml:6:15: params.storyStyle \"tiles\" is not one of the choices; use one of: "
                        + (theme.equals("editorial") ? "lead, grid" : "list, cards"));
        assertEquals(expected, failure.problems().stream().map(dev.folio.problem.Problem::format).toList());
    }

    private static List<Path> files(Path root, String suffix) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
