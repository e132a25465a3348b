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
                assertTrue(home.select("#stack li").eachText().contains(k), k);
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
    void assetsAndNotFoundPageArePublished() {
        assertTrue(Files.isRegularFile(out.resolve("site/assets/style.css")));
        assertTrue(Files.isRegularFile(out.resolve("site/404.html")));
        assertTrue(TestSites.read(out.resolve("site/404.html")).contains("href=\"/assets/style.css\""));
    }
}
