package dev.folio.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Whole small sites written inline by tests, and helpers to read built trees. */
public final class TestSites {

    /**
     * The tests' own copy of a full sample site (src/test/resources/sites/sample), so that a fork
     * that edits the starter in content/ keeps passing them. Only themes built into folio apply.
     */
    public static final Path SAMPLE = Path.of("src/test/resources/sites/sample").toAbsolutePath();

    /** The themes folio ships; a fork's own theme under themes/ is not held to their tests. */
    public static final java.util.List<String> SHIPPED_THEMES = java.util.List.of("default", "editorial", "terminal");

    /** The themes installed in this build, as messages list them: the shipped ones, and a fork's own. */
    public static final String INSTALLED = String.join(", ",
            dev.folio.theme.Themes.available(Path.of("no-such-site")));

    /** The repository's own starter site: tests may check that it builds, never what it says. */
    public static final Path STARTER = Path.of("").toAbsolutePath();

    public static final String MINIMAL_PROFILE = """
            basics:
              name: Sam Example
              label: Backend Engineer
              email: sam@example.com
            metrics:
              - id: p99
                label: p99 latency
                before: "420"
                after: "95"
                unit: ms
                direction: lower-is-better
            stories:
              - id: cache
                title: A cache in front of the catalog
                problem: Slow reads.
                approach: Added a cache.
                impact: Fast reads.
                metrics: [p99]
            """;

    private TestSites() {}

    /** Writes {@code files} (site-relative path → text) under {@code dir}. */
    public static Path write(Path dir, Map<String, String> files) {
        try {
            for (var e : files.entrySet()) {
                Path file = dir.resolve(e.getKey());
                Files.createDirectories(file.getParent());
                Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every file of a tree: relative path → bytes, sorted. */
    public static Map<String, byte[]> tree(Path root) {
        Map<String, byte[]> out = new TreeMap<>();
        if (!Files.exists(root)) {
            return out;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the sample's pictures (content/images/) into {@code site}, as a site that imports the sample has them. */
    public static void copySampleImages(Path site) {
        Path from = SAMPLE.resolve("content/images");
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                Path to = site.resolve("content/images").resolve(from.relativize(p).toString());
                Files.createDirectories(to.getParent());
                Files.copy(p, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
