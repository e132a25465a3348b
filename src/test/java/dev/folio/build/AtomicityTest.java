package dev.folio.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A failing build leaves the previous output exactly as it was, and no temporary folders behind. */
final class AtomicityTest {

    @TempDir
    Path dir;

    private BuildOptions options(Path source) {
        return new BuildOptions(source, dir.resolve("out/site"), Optional.empty());
    }

    @Test
    void invalidProfileLeavesPreviousSite() throws Exception {
        Path source = TestSites.write(dir.resolve("src"), Map.of("content/profile.yml", TestSites.MINIMAL_PROFILE));
        Builder.build(options(source));
        Map<String, byte[]> before = TestSites.tree(dir.resolve("out/site"));

        TestSites.write(source, Map.of("content/profile.yml", "basics:\n  name: [broken\n"));
        BuildFailure failure = assertThrows(BuildFailure.class, () -> Builder.build(options(source)));
        assertEquals(Phase.LOAD, failure.phase());
        assertSame(before, TestSites.tree(dir.resolve("out/site")));
        assertNoLeftovers();
    }

    @Test
    void brokenLinkLeavesPreviousSite() throws Exception {
        Path source = TestSites.write(dir.resolve("src"), Map.of("content/profile.yml", TestSites.MINIMAL_PROFILE));
        Builder.build(options(source));
        Map<String, byte[]> before = TestSites.tree(dir.resolve("out/site"));

        TestSites.write(source, Map.of("templates/404.jte", """
                @param dev.folio.render.view.NotFoundView view
                <!DOCTYPE html><html lang="en"><title>x</title><a href="missing.html">gone</a></html>
                """));
        BuildFailure failure = assertThrows(BuildFailure.class, () -> Builder.build(options(source)));
        assertEquals(Phase.CHECK, failure.phase());
        assertEquals("404.html:1:48: href \"missing.html\": file not found: missing.html [broken-link]",
                failure.problems().get(0).format());
        assertSame(before, TestSites.tree(dir.resolve("out/site")));
        assertNoLeftovers();
    }

    @Test
    void siteYmlCanLowerASeverity() {
        Path source = TestSites.write(dir.resolve("src"), Map.of(
                "content/profile.yml", TestSites.MINIMAL_PROFILE,
                "content/site.yml", "check:\n  broken-link: warn\n",
                "templates/404.jte", """
                        @param dev.folio.render.view.NotFoundView view
                        <!DOCTYPE html><html lang="en"><title>x</title><a href="missing.html">gone</a></html>
                        """));
        BuildResult result = Builder.build(options(source));
        assertTrue(result.check().ok(), "a warning does not fail the build");
        assertTrue(Files.isRegularFile(dir.resolve("out/site/404.html")));
    }

    @Test
    void successfulRebuildReplacesTheWholeTree() throws Exception {
        Path source = TestSites.write(dir.resolve("src"), Map.of("content/profile.yml", TestSites.MINIMAL_PROFILE));
        try (dev.folio.publish.Publisher.Staged earlier = dev.folio.publish.Publisher.open(dir.resolve("out/site"))) {
            earlier.add("stale.html", "a page an earlier build wrote".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            earlier.commit();
        }
        Builder.build(options(source));
        assertTrue(Files.notExists(dir.resolve("out/site/stale.html")));
        assertTrue(Files.isRegularFile(dir.resolve("out/site/index.html")));
        assertNoLeftovers();
    }

    @Test
    void aFileSomeoneElsePutInTheOutputStopsTheBuildAndStays() throws Exception {
        Path source = TestSites.write(dir.resolve("src"), Map.of("content/profile.yml", TestSites.MINIMAL_PROFILE));
        Builder.build(options(source));
        Files.writeString(dir.resolve("out/site/CNAME"), "sam.example.com\n");
        BuildFailure failure = assertThrows(BuildFailure.class, () -> Builder.build(options(source)));
        assertEquals(Phase.PUBLISH, failure.phase());
        assertEquals(dir.resolve("out/site") + ": holds a file folio did not write: CNAME; publishing would replace "
                + "the folder and lose it. Move it out of the folder, or pass --force to replace it anyway",
                failure.problems().get(0).format());
        assertEquals("sam.example.com\n", Files.readString(dir.resolve("out/site/CNAME")));
        assertNoLeftovers();
        Builder.build(new BuildOptions(source, dir.resolve("out/site"), dev.folio.input.Overrides.NONE,
                Optional.empty(), source, true));
        assertTrue(Files.notExists(dir.resolve("out/site/CNAME")), "--force replaces the folder");
    }

    private void assertNoLeftovers() throws Exception {
        try (Stream<Path> children = Files.list(dir.resolve("out"))) {
            assertEquals(List.of("site"), children.map(p -> p.getFileName().toString()).toList());
        }
    }

    private static void assertSame(Map<String, byte[]> expected, Map<String, byte[]> actual) {
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((k, v) -> assertArrayEquals(v, actual.get(k), k));
    }
}
