package dev.folio.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.input.Overrides;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Identical input, identical site: compared as a sorted SHA-256 manifest of every file. */
final class ReproducibleTest {

    @TempDir
    Path dir;

    static String manifest(Path root) throws Exception {
        StringBuilder out = new StringBuilder();
        for (Map.Entry<String, byte[]> e : TestSites.tree(root).entrySet()) {
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(e.getValue()));
            out.append(sha).append("  ").append(e.getKey()).append('\n');
        }
        return out.toString();
    }

    private Path build(String name, Optional<Instant> date) {
        Path out = dir.resolve(name);
        Builder.build(new BuildOptions(TestSites.SAMPLE, out, Overrides.NONE, date));
        return out;
    }

    @Test
    void twoBuildsHaveTheSameManifest() throws Exception {
        assertEquals(manifest(build("a", Optional.empty())), manifest(build("b", Optional.empty())));
    }

    @Test
    void datesComeFromSourceDateEpochOrTheContent() throws Exception {
        Path fromContent = build("content", Optional.empty());
        assertTrue(TestSites.read(fromContent.resolve("feed.xml")).contains("<updated>2023-12-01T00:00:00Z</updated>"),
                "the newest date in the sample profile is the award of 2023-12");
        Path pinned = build("pinned", Optional.of(Instant.ofEpochSecond(1_700_000_000L)));
        assertTrue(TestSites.read(pinned.resolve("feed.xml")).contains("<updated>2023-11-14T22:13:20Z</updated>"));
        assertTrue(TestSites.read(pinned.resolve("sitemap.xml")).contains("<lastmod>2023-11-14</lastmod>"));
        String base = manifest(fromContent);
        String changed = manifest(pinned).lines().filter(l -> !base.contains(l))
                .map(l -> l.substring(66)).collect(Collectors.joining(","));
        assertEquals("feed.xml,sitemap.xml", changed);
    }

    @Test
    void badSourceDateEpochIsReported() {
        BuildFailure failure = org.junit.jupiter.api.Assertions.assertThrows(BuildFailure.class,
                () -> Builder.sourceDateEpoch("yesterday"));
        assertEquals("SOURCE_DATE_EPOCH: \"yesterday\" is not a number of seconds since 1970; unset it or set e.g. "
                + "$(git log -1 --format=%ct)", failure.problems().get(0).format());
        assertEquals(Optional.empty(), Builder.sourceDateEpoch(null));
        assertNotEquals(Optional.empty(), Builder.sourceDateEpoch(" 1700000000 "));
    }
}
