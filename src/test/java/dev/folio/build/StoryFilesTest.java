package dev.folio.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.input.ContentLoader;
import dev.folio.profile.Story;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One Markdown file with front matter is one story, with its own page, as in other site generators. */
final class StoryFilesTest {

    @TempDir
    Path dir;

    @Test
    void aStoryFileWithATitleIsAStoryByItself() {
        Path source = TestSites.write(dir.resolve("src"), Map.of(
                "content/profile.yml", TestSites.MINIMAL_PROFILE,
                "content/stories/search-index.md", """
                        ---
                        title: Rebuilding the search index without downtime
                        category: Backend
                        summary: Two indexes side by side, switched by an alias.
                        metrics: [p99]
                        keywords: [Elasticsearch]
                        ---
                        ## How

                        We built the new index beside the old one.
                        """,
                "content/stories/cache.md", "The cache story's body, from its file.\n"));
        List<Story> stories = new ContentLoader().load(source).profile().stories();
        assertEquals(List.of("cache", "search-index"), stories.stream().map(Story::id).toList(),
                "the profile's stories first, then the files of their own, by name");
        Story alone = stories.get(1);
        assertEquals("Rebuilding the search index without downtime", alone.title());
        assertEquals("Backend", alone.category());
        assertEquals(List.of("p99"), alone.metrics());
        assertEquals(List.of("Elasticsearch"), alone.keywords());
        assertTrue(alone.body().startsWith("## How"), alone.body());

        BuildResult result = Builder.build(new BuildOptions(source, dir.resolve("out"), Optional.empty()));
        assertTrue(result.check().ok(), result.check().toString());
        Path page = dir.resolve("out/stories/search-index.html");
        assertTrue(Files.isRegularFile(page), "the story has a page");
        String html = TestSites.read(page);
        assertTrue(html.contains("Rebuilding the search index without downtime"), html);
        assertTrue(html.contains("We built the new index beside the old one."), html);
        assertTrue(TestSites.read(dir.resolve("out/index.html")).contains("stories/search-index.html"),
                "the home page links to it");
    }
}
