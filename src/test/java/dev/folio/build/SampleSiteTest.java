package dev.folio.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.input.ContentLoader;
import dev.folio.input.SiteInput;
import dev.folio.profile.Metric;
import dev.folio.profile.Profile;
import dev.folio.profile.SkillGroup;
import dev.folio.profile.Story;
import dev.folio.profile.Work;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the repository's sample site and checks what a reader sees. */
final class SampleSiteTest {

    @TempDir
    static Path out;

    static BuildResult result;
    static Profile profile;
    static Document home;

    @BeforeAll
    static void build() throws Exception {
        result = Builder.build(new BuildOptions(TestSites.SAMPLE, out.resolve("site"), Optional.empty()));
        SiteInput input = new ContentLoader().load(TestSites.SAMPLE);
        profile = input.profile();
        home = Jsoup.parse(out.resolve("site/index.html").toFile());
    }

    @Test
    void sampleIsRichEnoughToShowEveryPart() {
        assertTrue(profile.metrics().size() >= 6, "at least 6 metrics");
        assertTrue(profile.metrics().stream().anyMatch(Metric::comparison), "a before → after metric");
        assertEquals(3, profile.stories().size());
        assertTrue(profile.stories().stream().allMatch(s -> !s.body().isBlank()), "every story has a body");
        assertEquals(4, profile.skills().size());
        assertEquals(3, profile.work().size());
        assertFalse(profile.education().isEmpty());
        assertEquals(3, profile.principles().size());
        assertFalse(profile.sections().isEmpty());
    }

    @Test
    void buildReportsNoBrokenLinks() {
        assertTrue(result.check().ok());
        assertEquals(5, result.pages());
        assertTrue(result.check().linksChecked() > 20);
    }

    @Test
    void homePageShowsTheHeadlineAndEveryMetric() {
        assertEquals(profile.basics().name(), home.selectFirst("h1").text());
        assertTrue(home.title().contains(profile.basics().name()));
        for (Metric m : profile.metrics()) {
            var card = home.getElementById("metric-" + m.id());
            assertTrue(card != null, "card for " + m.id());
            assertEquals(m.label(), card.selectFirst(".metric-label").text());
            assertEquals(m.display(), card.selectFirst(".metric-value").text());
        }
    }

    @Test
    void homePageShowsSectionsInOrder() {
        String ids = String.join(",", home.select("main > section[id]").eachAttr("id"));
        assertTrue(ids.startsWith("impact,stories,principles,stack,experience,education"), ids);
        assertTrue(ids.endsWith("contact"), ids);
    }

    @Test
    void everyStoryHasACardAndAPage() throws Exception {
        for (Story s : profile.stories()) {
            var link = home.selectFirst("#stories a[href=stories/" + s.id() + ".html]");
            assertTrue(link != null, "card links to " + s.id());
            assertEquals(s.title(), link.text());
            Path page = out.resolve("site/stories/" + s.id() + ".html");
            Document doc = Jsoup.parse(page.toFile());
            assertEquals(s.title(), doc.selectFirst("h1").text());
            assertEquals(s.problem(), doc.selectFirst("#problem + p").text());
            assertEquals(s.approach(), doc.selectFirst("#approach + p").text());
            assertEquals(s.impact(), doc.selectFirst("#impact + p").text());
            for (String id : s.metrics()) {
                assertTrue(doc.getElementById("metric-" + id) != null, s.id() + " shows metric " + id);
            }
            for (String k : s.keywords()) {
                assertTrue(doc.select("#story-stack + ul li").eachText().contains(k), s.id() + " stack " + k);
            }
            assertFalse(doc.select(".prose h2").isEmpty(), "Markdown body rendered");
        }
    }

    @Test
    void stackAndExperienceAreAllThere() {
        for (SkillGroup g : profile.skills()) {
            assertTrue(home.select("#stack h3").eachText().contains(g.name()));
            for (String k : g.keywords()) {
                assertTrue(home.select("#stack .tech").eachText().contains(k), k);
            }
        }
        String experience = home.getElementById("experience").text();
        for (Work w : profile.work()) {
            assertTrue(experience.contains(w.position()), w.position());
            assertTrue(experience.contains(w.name()), w.name());
            for (String h : w.highlights()) {
                assertTrue(experience.contains(h), h);
            }
        }
        assertTrue(home.getElementById("education").text().contains(profile.education().get(0).institution()));
        assertTrue(home.getElementById("contact").select("a[href=mailto:" + profile.basics().email() + "]").size() == 1);
    }

    @Test
    void stackLinksEachTechnologyToWhereItWasUsed() {
        for (Story s : profile.stories()) {
            for (String k : s.keywords()) {
                boolean inStack = profile.skills().stream().anyMatch(g -> g.keywords().stream().anyMatch(k::equalsIgnoreCase));
                if (inStack) {
                    var tech = home.select("#stack li").stream()
                            .filter(li -> li.selectFirst(".tech").text().equalsIgnoreCase(k)).findFirst().orElseThrow();
                    assertTrue(tech.select(".used-in a[href=stories/" + s.id() + ".html]").size() == 1, k + " → " + s.id());
                }
            }
        }
        assertFalse(home.select("#stack .used-in a[href^=#job-]").isEmpty(), "jobs linked");
        for (var link : home.select("#stack .used-in a[href^=#job-]")) {
            assertTrue(home.getElementById(link.attr("href").substring(1)) != null, link.attr("href"));
        }
    }

    @Test
    void beforeAfterMetricsDrawAnAccessibleChart() {
        for (Metric m : profile.metrics()) {
            var chart = home.getElementById("metric-" + m.id()).selectFirst("svg.metric-chart");
            assertEquals(m.comparison(), chart != null, m.id());
            if (chart != null) {
                assertEquals("img", chart.attr("role"));
                assertTrue(chart.attr("aria-label").startsWith(m.label() + " went from " + m.before()), chart.attr("aria-label"));
            }
        }
    }

    @Test
    void metadataForSharingAndSearch() throws Exception {
        assertEquals("https://alex.example.com/", home.selectFirst("link[rel=canonical]").attr("href"));
        String ogImage = home.selectFirst("meta[property=og:image]").attr("content");
        assertTrue(ogImage.matches("https://alex\\.example\\.com/assets/social\\.[0-9a-f]{10}\\.png"), ogImage);
        assertEquals("profile", home.selectFirst("meta[property=og:type]").attr("content"));
        assertEquals("summary_large_image", home.selectFirst("meta[name=twitter:card]").attr("content"));
        assertFalse(home.selectFirst("meta[name=description]").attr("content").isEmpty());
        var png = javax.imageio.ImageIO.read(out.resolve("site").resolve(ogImage.substring("https://alex.example.com/".length())).toFile());
        assertEquals(1200, png.getWidth());
        assertEquals(630, png.getHeight());
        String sitemap = TestSites.read(out.resolve("site/sitemap.xml"));
        assertTrue(sitemap.contains("<loc>https://alex.example.com/</loc>"), sitemap);
        for (Story s : profile.stories()) {
            assertTrue(sitemap.contains("<loc>https://alex.example.com/stories/" + s.id() + ".html</loc>"), s.id());
        }
        assertFalse(sitemap.contains("404"), sitemap);
        assertEquals("User-agent: *\nAllow: /\nSitemap: https://alex.example.com/sitemap.xml\n",
                TestSites.read(out.resolve("site/robots.txt")));
        Document feed = Jsoup.parse(TestSites.read(out.resolve("site/feed.xml")), "", org.jsoup.parser.Parser.xmlParser());
        assertEquals(profile.stories().size(), feed.select("entry").size());
        assertEquals(profile.stories().get(0).title(), feed.selectFirst("entry > title").text());
        Document story = Jsoup.parse(out.resolve("site/stories/" + profile.stories().get(0).id() + ".html").toFile());
        assertEquals("article", story.selectFirst("meta[property=og:type]").attr("content"));
        var article = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(story.selectFirst("script[type=application/ld+json]").data());
        assertEquals("Article", article.get("@type").asText());
        assertEquals(profile.basics().name(), article.get("author").get("name").asText());
    }

    @Test
    void assetsAreFingerprintedAndReferenced() throws Exception {
        String style = home.selectFirst("link[rel=stylesheet]").attr("href");
        assertTrue(style.matches("assets/style\\.[0-9a-f]{10}\\.css"), style);
        assertTrue(Files.isRegularFile(out.resolve("site").resolve(style)));
        assertFalse(Files.exists(out.resolve("site/assets/style.css")));
        Document story = Jsoup.parse(out.resolve("site/stories/" + profile.stories().get(0).id() + ".html").toFile());
        assertEquals("../" + style, story.selectFirst("link[rel=stylesheet]").attr("href"));
        Document notFound = Jsoup.parse(out.resolve("site/404.html").toFile());
        assertEquals("/" + style, notFound.selectFirst("link[rel=stylesheet]").attr("href"));
        assertTrue(Files.isRegularFile(out.resolve("site/404.html")));
    }
}
