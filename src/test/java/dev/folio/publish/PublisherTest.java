package dev.folio.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files added to an open stage one by one, from several threads, then swapped in whole. */
final class PublisherTest {

    @TempDir
    Path dir;

    @Test
    void filesAddedFromManyThreadsAreAllThere() throws Exception {
        Path out = dir.resolve("site");
        try (Publisher.Staged staged = Publisher.open(out)) {
            IntStream.range(0, 500).parallel().forEach(i -> {
                try {
                    staged.add("stories/" + (i % 7) + "/s" + i + ".html", ("page " + i).getBytes(StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            assertFalse(Files.exists(out), "nothing is in place before the commit");
            staged.commit();
        }
        try (Stream<Path> files = Files.walk(out)) {
            assertEquals(500, files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().equals(Manifest.NAME)).count());
        }
        assertEquals(500, Manifest.read(out).orElseThrow().size(), "the list of what folio wrote names every file");
        assertEquals("page 123", Files.readString(out.resolve("stories/4/s123.html")));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(1, left.count(), "no temporary folders left beside the output");
        }
    }

    @Test
    void aPathIsWrittenOnceAndNeverOutsideTheSite() throws Exception {
        try (Publisher.Staged staged = Publisher.open(dir.resolve("site"))) {
            staged.add("index.html", new byte[] {1});
            assertThrows(FileAlreadyExistsException.class, () -> staged.add("index.html", new byte[] {2}));
            assertThrows(IllegalArgumentException.class, () -> staged.add("../escape.html", new byte[] {3}));
            assertThrows(IllegalArgumentException.class, () -> staged.add("/abs.html", new byte[] {3}));
            assertTrue(Files.isRegularFile(staged.dir().resolve("index.html")));
        }
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(0, left.count(), "an uncommitted stage is removed when closed");
        }
        assertFalse(Files.exists(dir.resolve("escape.html")));
    }
}
