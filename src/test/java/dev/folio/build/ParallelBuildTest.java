package dev.folio.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.folio.input.Overrides;
import dev.folio.publish.SiteFiles;
import dev.folio.render.Fingerprint;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Pages are rendered on several threads and written as they are done; the site is the same, byte
 * for byte, as one rendered page after page on a single thread and written at the end.
 */
final class ParallelBuildTest {

    @TempDir
    static Path dir;

    @BeforeAll
    static void generate() {
        BenchSites.generate("stories", "60", dir.resolve("s60").toString());
    }

    /** Runs {@code work} in a pool of {@code threads}: page rendering then uses that many threads. */
    static <T> T on(int threads, Callable<T> work) throws Exception {
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            return pool.submit(work).get();
        } catch (ExecutionException e) {
            throw (Exception) e.getCause();
        } finally {
            pool.shutdown();
        }
    }

    /** The site as one thread makes it: rendered page after page, fingerprinted and compared in memory. */
    static Map<String, byte[]> serial(Path source) throws Exception {
        return on(1, () -> {
            Builder.Rendered rendered = Builder.render(source, Overrides.NONE, Optional.empty());
            SiteFiles files = Fingerprint.apply(rendered.files(), rendered.input().settings().baseUrl());
            return files.files();
        });
    }

    /** The same pages and assets; a published site also holds folio's list of its files, .folio-site. */
    static void assertSameSite(Map<String, byte[]> expected, Map<String, byte[]> published) {
        Map<String, byte[]> actual = new java.util.TreeMap<>(published);
        actual.remove(".folio-site");
        assertEquals(expected.keySet(), actual.keySet());
        for (String path : expected.keySet()) {
            assertArrayEquals(expected.get(path), actual.get(path), path);
        }
    }

    @Test
    void parallelBuildEqualsSerialRendering() throws Exception {
        for (Path source : new Path[] {TestSites.SAMPLE, dir.resolve("s60/folio")}) {
            Map<String, byte[]> serial = serial(source);
            for (int threads : new int[] {1, 3, 8}) {
                Path out = dir.resolve("out-" + source.getFileName() + "-" + threads);
                BuildResult result = on(threads, () -> Builder.build(new BuildOptions(source, out, Overrides.NONE,
                        Optional.empty())));
                assertSameSite(serial, TestSites.tree(out));
                assertEquals(serial.size(), result.files());
                assertEquals(serial.keySet().stream().filter(p -> p.endsWith(".html")).count(), result.pages());
            }
        }
    }

    @Test
    void parallelRenderingInMemoryEqualsSerial() throws Exception {
        Path source = dir.resolve("s60/folio");
        Map<String, byte[]> one = on(1, () -> Builder.render(source, Optional.empty()).files().files());
        Map<String, byte[]> many = on(8, () -> Builder.render(source, Optional.empty()).files().files());
        assertSameSite(one, many);
    }

    @Test
    void aTemplateFailingOnManyPagesIsReportedOnce() throws Exception {
        Path source = dir.resolve("broken-template");
        BenchSites.generate("stories", "12", source.toString());
        TestSites.write(source.resolve("folio"), Map.of("templates/story.jte", """
                @param dev.folio.render.view.StoryView view
                <!DOCTYPE html><html lang="en"><title>${view.title()}</title>${java.util.List.<String>of().get(view.title().length() - view.title().length())}</html>
                """));
        BuildFailure failure = assertThrows(BuildFailure.class, () -> on(8, () -> Builder.build(new BuildOptions(
                source.resolve("folio"), dir.resolve("out-broken"), Overrides.NONE, Optional.empty()))));
        assertEquals(Phase.RENDER, failure.phase());
        assertEquals(1, failure.problems().size(), failure.problems().toString());
        assertEquals("templates/story.jte:2: Failed to render story.jte, error at story.jte:2: Index 0 out of bounds "
                + "for length 0; fix the template or remove the override", failure.problems().get(0).format());
    }
}
