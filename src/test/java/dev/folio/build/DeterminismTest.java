package dev.folio.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class DeterminismTest {

    @TempDir
    Path out;

    @Test
    void twoBuildsAreByteIdentical() {
        Builder.build(new BuildOptions(TestSites.SAMPLE, out.resolve("a"), Optional.empty()));
        Builder.build(new BuildOptions(TestSites.SAMPLE, out.resolve("b"), Optional.empty()));
        Map<String, byte[]> a = TestSites.tree(out.resolve("a"));
        Map<String, byte[]> b = TestSites.tree(out.resolve("b"));
        assertEquals(a.keySet(), b.keySet());
        for (String path : a.keySet()) {
            assertArrayEquals(a.get(path), b.get(path), path);
        }
    }
}
