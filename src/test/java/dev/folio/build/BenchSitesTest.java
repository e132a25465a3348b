package dev.folio.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.input.Overrides;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's generated sites are real sites: folio builds them with every link intact. */
final class BenchSitesTest {

    @TempDir
    Path dir;

    @Test
    void storySitesBuildWithNoBrokenLinks() throws Exception {
        BenchSites.generate("stories", "30", dir.resolve("s30").toString());
        BuildResult result = Builder.build(new BuildOptions(dir.resolve("s30/folio"), dir.resolve("out"),
                Overrides.NONE, Optional.empty()));
        assertEquals(32, result.pages(), "30 stories, the home page and the 404 page");
        assertEquals(List.of(), result.check().errors());
        String story = TestSites.read(dir.resolve("out/stories/story-00007.html"));
        assertTrue(story.matches("(?s).*<a href=\"story-\\d{5}\\.html\">.*"), "stories link to each other");
        long words = TestSites.read(dir.resolve("s30/folio/content/stories/story-00007.md")).split("\\s+").length;
        assertTrue(words > 450 && words < 800, words + " words");
        // the same stories for Hugo, with its layouts
        try (Stream<Path> hugo = Files.list(dir.resolve("s30/hugo/content/stories"))) {
            assertEquals(30, hugo.count());
        }
        assertTrue(Files.isRegularFile(dir.resolve("s30/hugo/layouts/_default/single.html")));
        assertTrue(Files.isRegularFile(dir.resolve("s30/hugo/layouts/index.html")));
    }

    @Test
    void generatedTextIsTheSameForBothLayoutsAndEveryRun() throws Exception {
        BenchSites.generate("stories", "5", dir.resolve("a").toString());
        BenchSites.generate("stories", "5", dir.resolve("b").toString());
        var a = TestSites.tree(dir.resolve("a"));
        var b = TestSites.tree(dir.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path));
        String folio = TestSites.read(dir.resolve("a/folio/content/stories/story-00003.md"));
        String hugo = TestSites.read(dir.resolve("a/hugo/content/stories/story-00003.md"));
        assertEquals(folio.substring(folio.indexOf("\n---\n")), hugo.substring(hugo.indexOf("\n---\n")));
    }

    @Test
    void portfoliosAreCopiesOfTheSampleWithOtherNamesAndNumbers() throws Exception {
        BenchSites.generate("portfolios", "3", TestSites.SAMPLE.toString(), dir.resolve("p").toString());
        List<String> profiles = List.of(
                TestSites.read(dir.resolve("p/site-001/content/profile.yml")),
                TestSites.read(dir.resolve("p/site-002/content/profile.yml")));
        assertNotEquals(profiles.get(0), profiles.get(1));
        assertTrue(profiles.get(1).contains("name: \"Sam Chen\""), profiles.get(1));
        for (String site : List.of("site-001", "site-002", "site-003")) {
            BuildResult result = Builder.build(new BuildOptions(dir.resolve("p").resolve(site),
                    dir.resolve("out").resolve(site), Overrides.NONE, Optional.empty()));
            assertEquals(List.of(), result.check().errors(), site);
        }
    }
}
