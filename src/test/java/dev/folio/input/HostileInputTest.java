package dev.folio.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.folio.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The corpus of broken and hostile sites in src/test/resources/hostile/: each folder is a site,
 * and its expected.txt holds exactly what {@code folio validate} must print (empty: valid).
 * After an intended change, rewrite them with -Dgolden.update=true (refused when CI is set).
 */
final class HostileInputTest {

    static final Path CORPUS = Path.of("src/test/resources/hostile");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void validatePrintsExactlyTheExpectedProblems(String name) throws IOException {
        Path site = CORPUS.resolve(name);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "validate", "--source",
                site.toString());
        String actual = err.toString().replace("\r\n", "\n");
        Path expected = site.resolve("expected.txt");
        if (Boolean.getBoolean("golden.update")) {
            if (System.getenv("CI") != null) {
                fail("refusing to update golden files when CI is set");
            }
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        // {installed}: the themes this build has, the shipped ones and a fork's own
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8)
                .replace("{installed}", dev.folio.build.TestSites.INSTALLED), actual, name);
        assertEquals(actual.isEmpty() ? 0 : 2, code, name);
        assertFalse(actual.contains("Exception"), actual);
        assertFalse(actual.contains("\tat "), actual);
        List<String> lines = actual.lines().toList();
        for (String line : lines.subList(0, Math.max(0, lines.size() - 1))) {
            if (!line.matches("error: content/[\\w./-]+:\\d+:\\d+: .+|error: content/[\\w./-]+: (is a link|file is larger|could not).+")) {
                fail("not a located message: " + line);
            }
        }
    }

    @org.junit.jupiter.api.io.TempDir
    Path temp;

    private String validate(Path site) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "validate", "--source", site.toString());
        return err.toString().replace("\r\n", "\n");
    }

    @org.junit.jupiter.api.Test
    void storyFileLinkedFromOutsideIsRefused() throws IOException {
        Path outside = Files.writeString(temp.resolve("secret.md"), "private notes");
        Path site = temp.resolve("site");
        Files.createDirectories(site.resolve("content/stories"));
        Files.writeString(site.resolve("content/profile.yml"), "basics: {name: Sam}\nstories:\n  - {id: cache, title: C}\n");
        Files.createSymbolicLink(site.resolve("content/stories/cache.md"), outside);
        assertEquals("error: content/stories/cache.md: is a link to " + outside.toRealPath()
                + ", outside the site folder; copy the file into the site instead\n"
                + "1 problem found; fix it and run folio validate again.\n", validate(site));
    }

    @org.junit.jupiter.api.Test
    void imageLinkedFromOutsideIsRefused() throws IOException {
        Path outside = Files.writeString(temp.resolve("me.png"), "png");
        Path site = temp.resolve("site");
        Files.createDirectories(site.resolve("content/images"));
        Files.writeString(site.resolve("content/profile.yml"), "basics:\n  name: Sam\n  image: images/me.png\n");
        Files.createSymbolicLink(site.resolve("content/images/me.png"), outside);
        assertEquals("error: content/profile.yml:3:10: basics.image \"images/me.png\" is a link to "
                + outside.toRealPath() + ", outside the site folder; copy the file into the site instead\n"
                + "1 problem found; fix it and run folio validate again.\n", validate(site));
    }

    @org.junit.jupiter.api.Test
    void hugeProfileIsRefusedWithTheLimit() throws IOException {
        Path site = temp.resolve("site");
        Files.createDirectories(site.resolve("content"));
        Files.writeString(site.resolve("content/profile.yml"), "basics: {name: Sam}\n" + "#".repeat(3 * 1024 * 1024));
        assertEquals("error: content/profile.yml: file is larger than 2097152 bytes; a profile this large is almost "
                + "certainly not one\n1 problem found; fix it and run folio validate again.\n", validate(site));
    }
}
