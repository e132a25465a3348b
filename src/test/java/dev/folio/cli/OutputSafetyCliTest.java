package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.build.TestSites;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The careless --out: every command that once deleted a project, its content or a folder of the
 * user's is refused with the reason and the way out, exit 2, and leaves everything in place.
 */
final class OutputSafetyCliTest {

    @TempDir
    Path dir;

    Path project;
    Path resume;

    @BeforeEach
    void project() {
        project = TestSites.write(dir.resolve("proj"), Map.of(
                "content/profile.yml", TestSites.MINIMAL_PROFILE,
                ".git/HEAD", "ref: refs/heads/main\n",
                "docs/deploy.md", "how we deploy\n",
                "notes.txt", "my notes\n"));
        resume = TestSites.write(dir, Map.of("cv.txt", ResumeImportCliTest.RESUME)).resolve("cv.txt");
    }

    private void assertRefused(CliTest.Run run, String reason) {
        assertEquals(ExitCode.INVALID_INPUT, run.code(), run.out() + run.err());
        assertTrue(run.err().contains(reason), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        assertEquals("", run.out());
        assertProjectIntact();
    }

    private void assertProjectIntact() {
        assertEquals(TestSites.MINIMAL_PROFILE, TestSites.read(project.resolve("content/profile.yml")));
        assertEquals("ref: refs/heads/main\n", TestSites.read(project.resolve(".git/HEAD")));
        assertEquals("how we deploy\n", TestSites.read(project.resolve("docs/deploy.md")));
        assertEquals("my notes\n", TestSites.read(project.resolve("notes.txt")));
    }

    @Test
    void aResumeBuiltIntoTheProjectItselfIsRefused() {
        assertRefused(CliTest.run("build", "--resume", resume.toString(), "--source", project.toString(),
                "--out", project.toString()), "cannot be the output: it holds the site's own files");
        assertRefused(CliTest.run("build", "--resume", resume.toString(), "--source", project.toString(),
                "--out", project.resolve("content").toString()), "cannot be the output: it is inside the site's sources (content/)");
    }

    @Test
    void theSameFolderThroughALinkIsTheSameFolder() throws IOException {
        Path link = dir.resolve("link");
        Path c = dir.resolve("c");
        try {
            Files.createSymbolicLink(link, project);
            Files.createSymbolicLink(c, project.resolve("content"));
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here: " + e);
        }
        assertRefused(CliTest.run("build", "--source", link.toString(), "--out", project.resolve("content").toString()),
                "it is inside the site's sources (content/)");
        assertRefused(CliTest.run("build", "--source", project.toString(), "--out", c.resolve("stories").toString()),
                "it is inside the site's sources (content/)");
    }

    @Test
    void aFolderOrFileOfTheUsersIsNotReplacedWithoutForce() {
        assertRefused(CliTest.run("build", "--source", project.toString(), "--out", project.resolve("docs").toString()),
                "error: docs: is a folder folio did not write (it has no .folio-site list of folio's files)");
        assertRefused(CliTest.run("build", "--source", project.toString(), "--out", project.resolve("notes.txt").toString()),
                "error: notes.txt: is a file, not a folder folio wrote");
        assertRefused(CliTest.run("build", "--source", project.toString(), "--out", dir.toString()),
                "it holds the site's own files");
    }

    @Test
    void forceReplacesAFolderButNeverTheSources() {
        CliTest.Run run = CliTest.run("build", "--source", project.toString(), "--out", project.resolve("docs").toString(),
                "--force");
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertFalse(Files.exists(project.resolve("docs/deploy.md")), "--force is the explicit way to replace a folder");
        assertTrue(Files.isRegularFile(project.resolve("docs/index.html")));
        run = CliTest.run("build", "--source", project.toString(), "--out", project.resolve("content").toString(), "--force");
        assertEquals(ExitCode.INVALID_INPUT, run.code());
        assertTrue(run.err().contains("it is inside the site's sources (content/)"), run.err());
        assertTrue(Files.isRegularFile(project.resolve("content/profile.yml")));
    }

    @Test
    void aBuildKilledAtAnyMomentIsPutRightByTheNextOne() throws Exception {
        Path out = dir.resolve("out/site");
        assertEquals(ExitCode.OK, CliTest.run("build", "--source", project.toString(), "--out", out.toString()).code());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"), "dev.folio.cli.Main",
                "build", "--source", project.toString(), "--out", out.toString());
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < 8; i++) {
            Process build = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Thread.sleep(200 + random.nextInt(1500));
            build.destroyForcibly().waitFor();
        }
        CliTest.Run run = CliTest.run("build", "--source", project.toString(), "--out", out.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(Files.isRegularFile(out.resolve("index.html")));
        try (Stream<Path> left = Files.list(out.getParent())) {
            assertEquals(List.of("site"), left.map(p -> p.getFileName().toString()).toList(),
                    "no .site.new-* or .site.old-* folders are left behind");
        }
    }
}
