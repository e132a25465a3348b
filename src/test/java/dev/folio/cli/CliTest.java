package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.build.TestSites;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CliTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void buildPrintsOneSummaryLine() {
        Path source = TestSites.write(dir.resolve("site"), Map.of("content/profile.yml", TestSites.MINIMAL_PROFILE));
        Run run = run("build", "--source", source.toString(), "--out", dir.resolve("out").toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(run.out().matches("Built 3 pages in \\d+ ms → .*out; 0 broken links\\R"), run.out());
        assertEquals("", run.err());
        assertTrue(Files.isRegularFile(dir.resolve("out/stories/cache.html")));
    }

    @Test
    void brokenProfileNamesFileLineAndColumn() {
        Path source = TestSites.write(dir.resolve("site"), Map.of("content/profile.yml", """
                basics:
                  name: Sam Example
                work:
                  - name: Example Corp
                    startDate: 2020-13
                    hightlights: [Shipped things]
                """));
        Run run = run("build", "--source", source.toString(), "--out", dir.resolve("out").toString());
        assertEquals(ExitCode.INVALID_INPUT, run.code());
        assertEquals("", run.out());
        assertEquals("""
                error: content/profile.yml:5:16: work[0].startDate "2020-13" is not a date; use YYYY-MM or YYYY
                error: content/profile.yml:6:5: work[0].hightlights is not a known key; did you mean "highlights"?
                Build failed in load with 2 problems; nothing was written.
                """, run.err().replace("\r\n", "\n"));
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void missingProfileSaysWhereToRun() {
        Run run = run("build", "--source", dir.toString(), "--out", dir.resolve("out").toString());
        assertEquals(ExitCode.INVALID_INPUT, run.code());
        assertTrue(run.err().startsWith("error: content/profile.yml: not found in "), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
    }

    @Test
    void unknownThemeOnTheCommandLine() {
        Path source = TestSites.write(dir.resolve("site"), Map.of("content/profile.yml", TestSites.MINIMAL_PROFILE));
        Run run = run("build", "--source", source.toString(), "--out", dir.resolve("out").toString(), "--theme", "neon");
        assertEquals(ExitCode.INVALID_INPUT, run.code());
        assertTrue(run.err().startsWith("error: --theme: no theme named \"neon\"; available: default"), run.err());
    }

    @Test
    void refusesToPublishOverTheSources() {
        Path source = TestSites.write(dir.resolve("site"), Map.of("content/profile.yml", TestSites.MINIMAL_PROFILE));
        Run run = run("build", "--source", source.toString(), "--out", source.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.code());
        assertTrue(run.err().contains("cannot be the output"), run.err());
        assertTrue(Files.isRegularFile(source.resolve("content/profile.yml")));
    }

    @Test
    void checkFindsBrokenLinkAndFragment() {
        Path site = TestSites.write(dir.resolve("built"), Map.of(
                "index.html", "<!DOCTYPE html>\n<html lang=\"en\"><title>t</title><meta name=\"description\" content=\"d\">"
                        + "\n<a href=\"gone.html\">x</a>\n<a href=\"about.html#team\">y</a></html>\n",
                "about.html", "<!DOCTYPE html><html lang=\"en\"><title>a</title><h1 id=\"top\">About</h1></html>"));
        Run run = run("check", site.toString());
        assertEquals(ExitCode.BUILD_FAILED, run.code());
        assertEquals("""
                warning: about.html:1:16: the page has no <meta name="description">; add one that describes the page in a sentence [missing-description]
                error: index.html:3:1: href "gone.html": file not found: gone.html [broken-link]
                error: index.html:4:1: href "about.html#team": no element with id "team" in about.html [broken-fragment]
                """, run.err().replace("\r\n", "\n"));
        assertTrue(run.out().startsWith("Checked 2 pages, 2 links in "), run.out());
        assertTrue(run.out().endsWith("; 2 errors, 1 warning\n"), run.out());
    }

    @Test
    void checkOfACleanSite() {
        Path site = TestSites.write(dir.resolve("built"), Map.of(
                "index.html", "<!DOCTYPE html><html lang=\"en\"><title>t</title><a href=\"#x\" id=\"x\">x</a></html>"));
        Run run = run("check", site.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
    }

    @Test
    void helpAndUsageErrors() {
        Run help = run("build", "--help");
        assertEquals(ExitCode.OK, help.code());
        assertTrue(help.out().contains("--source=DIR"), help.out());
        assertTrue(help.out().contains("--theme=NAME"), help.out());
        Run bare = run();
        assertEquals(ExitCode.USAGE, bare.code());
        assertTrue(bare.err().contains("build") && bare.err().contains("check"), bare.err());
        Run wrong = run("build", "--nope");
        assertEquals(ExitCode.USAGE, wrong.code());
        assertTrue(wrong.err().contains("Unknown option: '--nope'"), wrong.err());
    }
}
