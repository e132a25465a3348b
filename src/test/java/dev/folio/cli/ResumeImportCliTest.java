package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.build.Builder;
import dev.folio.build.TestSites;
import dev.folio.input.SiteInput;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** folio import of text, Markdown and PDF résumés, and folio build --resume. */
final class ResumeImportCliTest {

    static final String RESUME = """
            Sam Example
            sam@example.com | 555-010-0100 | Denver, CO

            EXPERIENCE
            Backend Engineer, Example Corp, Denver, CO    Mar 2021 – Present
            - Cut p99 checkout latency from 420 ms to 95 ms by caching prices in Redis
            - Wrote the on-call runbook
            Tech Stack: Java, Redis

            SKILLS
            Languages: Java, Go

            Page 1 of 1
            """;

    @TempDir
    Path dir;

    static String s(Path p) {
        return Console.shown(p);
    }

    @Test
    void importWritesAProfileThatLoadsAndReportsWhatItDid() {
        Path resume = TestSites.write(dir, Map.of("resume.txt", RESUME)).resolve("resume.txt");
        Path profile = dir.resolve("site/content/profile.yml");
        CliTest.Run run = CliTest.run("import", resume.toString(), "-o", profile.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertEquals("", run.err());
        assertEquals("Imported " + s(resume) + " (text) → " + s(profile) + "\n"
                + "found: name \"Sam Example\", email, phone, location, 1 role (2 highlights), 1 skill group (2 skills), "
                + "1 metric, 1 story\n"
                + "not found: links: no web address was found (PDF text keeps link names, not addresses); add basics.url "
                + "or basics.profiles\n"
                + "not found: education: none was found\n"
                + "review: 2 fields are marked \"# REVIEW:\" in " + s(profile) + "; check each, then delete the comment\n"
                + "not used (1 line, by line of the text read):\n"
                + "  13: \"Page 1 of 1\" (a page marker)\n", run.out().replace("\r\n", "\n"));
        String yaml = TestSites.read(profile);
        assertTrue(yaml.startsWith("# Imported from resume.txt by folio import.\n"), yaml);
        assertTrue(yaml.contains("  # REVIEW: read \"from 420 ms to 95 ms\" in work[0].highlights[0] (Example Corp); "
                + "check the label, number and direction\n  - id: \"p99-checkout-latency\"\n"), yaml);
        SiteInput site = Builder.load(dir.resolve("site"), Optional.empty());
        assertEquals("Sam Example", site.profile().basics().name());
        assertEquals("420", site.profile().metrics().get(0).before());
        assertEquals(1, site.profile().stories().size());
    }

    @Test
    void neverReplacesWithoutForce() {
        Path resume = TestSites.write(dir, Map.of("resume.txt", RESUME, "site/content/profile.yml",
                "basics:\n  name: Keep Me\n")).resolve("resume.txt");
        Path profile = dir.resolve("site/content/profile.yml");
        CliTest.Run refused = CliTest.run("import", resume.toString(), "-o", profile.toString());
        assertEquals(ExitCode.INVALID_INPUT, refused.code());
        assertEquals("basics:\n  name: Keep Me\n", TestSites.read(profile));
        assertEquals(ExitCode.OK, CliTest.run("import", resume.toString(), "-o", profile.toString(), "--force").code());
        assertTrue(TestSites.read(profile).contains("Sam Example"));
    }

    @Test
    void aResumeWithoutANameSaysSoAndTakesOneFromTheCommandLine() {
        Path resume = TestSites.write(dir, Map.of("resume.txt", "EXPERIENCE\nEngineer — Example Corp (2019 – 2021)\n"
                + "- Wrote reports\n")).resolve("resume.txt");
        Path profile = dir.resolve("a/content/profile.yml");
        CliTest.Run run = CliTest.run("import", resume.toString(), "-o", profile.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(run.out().contains("not found: a name: none was found; pass --name \"Your Name\" or write it in "
                + "basics.name\n"), run.out());
        assertTrue(TestSites.read(profile).contains("  # REVIEW: no name was found in the résumé; write yours here\n"
                + "  name: \"Your Name\"\n"));
        assertEquals("Your Name", Builder.load(dir.resolve("a"), Optional.empty()).profile().basics().name());

        Path named = dir.resolve("b/content/profile.yml");
        CliTest.Run withName = CliTest.run("import", resume.toString(), "-o", named.toString(), "--name", "Kim Example");
        assertEquals(ExitCode.OK, withName.code(), withName.err());
        assertFalse(withName.out().contains("a name:"), withName.out());
        assertEquals("Kim Example", Builder.load(dir.resolve("b"), Optional.empty()).profile().basics().name());
    }

    @Test
    void importsAPdfAndAJsonResumeByContent() throws Exception {
        Path pdf = dir.resolve("cv.bin");
        Files.write(pdf, dev.folio.input.resume.ResumePdfsForCli.draw(RESUME));
        Path profile = dir.resolve("p/content/profile.yml");
        CliTest.Run run = CliTest.run("import", pdf.toString(), "-o", profile.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(run.out().startsWith("Imported " + s(pdf) + " (pdf) → "), run.out());
        assertEquals("Example Corp", Builder.load(dir.resolve("p"), Optional.empty()).profile().work().get(0).name());

        Path json = TestSites.write(dir, Map.of("resume.data", "{\"basics\": {\"name\": \"Jo Example\"}, \"work\": [{\"name\": "
                + "\"Example Corp\", \"highlights\": [\"Served 25K QPS at peak\"]}]}")).resolve("resume.data");
        Path jsonProfile = dir.resolve("j/content/profile.yml");
        CliTest.Run jsonRun = CliTest.run("import", json.toString(), "-o", jsonProfile.toString());
        assertEquals(ExitCode.OK, jsonRun.code(), jsonRun.err());
        var loaded = Builder.load(dir.resolve("j"), Optional.empty()).profile();
        assertEquals("Jo Example", loaded.basics().name());
        assertEquals("25K", loaded.metrics().get(0).value());
    }

    @Test
    void unreadablePdfsAreRefusedWithExitTwo() throws Exception {
        Path broken = TestSites.write(dir, Map.of("broken.pdf", "%PDF-1.7\nthis is not really a PDF\n")).resolve("broken.pdf");
        CliTest.Run run = CliTest.run("import", broken.toString(), "-o", dir.resolve("x/profile.yml").toString());
        assertEquals(ExitCode.INVALID_INPUT, run.code());
        assertTrue(run.err().startsWith("error: " + s(broken) + ": is not a readable PDF ("), run.err());
        assertTrue(run.err().endsWith("; check the file, or export the résumé again\nImport failed with 1 problem; "
                + "nothing was written.\n"), run.err());

        Path locked = dir.resolve("locked.pdf");
        Files.write(locked, dev.folio.input.resume.ResumePdfsForCli.encrypted(RESUME));
        CliTest.Run lockedRun = CliTest.run("import", locked.toString(), "-o", dir.resolve("x/profile.yml").toString());
        assertEquals(ExitCode.INVALID_INPUT, lockedRun.code());
        assertEquals("error: " + s(locked) + ": is encrypted with a password; save a copy without the password and "
                + "import that\nImport failed with 1 problem; nothing was written.\n", lockedRun.err());

        Path scan = dir.resolve("scan.pdf");
        Files.write(scan, dev.folio.input.resume.ResumePdfsForCli.imageOnly());
        CliTest.Run scanRun = CliTest.run("import", scan.toString(), "-o", dir.resolve("x/profile.yml").toString());
        assertEquals(ExitCode.INVALID_INPUT, scanRun.code());
        assertEquals("error: " + s(scan) + ": holds pictures of text and no text (a scanned page?); export the résumé "
                + "as text or PDF from the program that made it, or run it through OCR first\n"
                + "Import failed with 1 problem; nothing was written.\n", scanRun.err());
        assertFalse(Files.exists(dir.resolve("x")));
    }

    @Test
    void aPdfWhoseContentInflatesFarPastAnyResumeIsRefusedQuickly() throws Exception {
        for (boolean inForm : new boolean[] {false, true}) {
            Path bomb = dir.resolve(inForm ? "form.pdf" : "page.pdf");
            Files.write(bomb, dev.folio.input.resume.ResumePdfsForCli.inflating(200L * 1024 * 1024, inForm));
            assertTrue(Files.size(bomb) < 1024 * 1024, bomb + " is " + Files.size(bomb) + " bytes");
            CliTest.Run run = assertTimeoutPreemptively(Duration.ofSeconds(30),
                    () -> CliTest.run("import", bomb.toString(), "-o", dir.resolve("x/profile.yml").toString()));
            assertEquals(ExitCode.INVALID_INPUT, run.code(), run.err());
            assertEquals("error: " + s(bomb) + ": inflates to more than 64 MB of page content, which no résumé needs; "
                    + "this looks like a damaged or hostile file: export the résumé to PDF again, or save it as plain "
                    + "text and import that\nImport failed with 1 problem; nothing was written.\n", run.err());
            assertEquals("", run.out());
            assertFalse(Files.exists(dir.resolve("x")));
        }
    }

    @Test
    void aWrongFormatIsAUsageError() {
        Path resume = TestSites.write(dir, Map.of("resume.txt", RESUME)).resolve("resume.txt");
        CliTest.Run run = CliTest.run("import", resume.toString(), "--format", "docx", "-o",
                dir.resolve("c/profile.yml").toString());
        assertEquals(ExitCode.USAGE, run.code());
        assertEquals("error: --format: \"docx\" is not a format; use auto, text, markdown, pdf or jsonresume\n"
                + "Import failed with 1 problem; nothing was written.\n", run.err());
    }

    @Test
    void buildsASiteStraightFromAResume() {
        Path resume = TestSites.write(dir, Map.of("resume.md", "# Sam Example\n\nsam@example.com\n\n## Experience\n\n"
                + "**Engineer** | Example Corp | 2020 – Present\n\n- Served 25K QPS with p99 under 80 ms using Go\n"))
                .resolve("resume.md");
        Path out = dir.resolve("out");
        CliTest.Run run = CliTest.run("build", "--resume", resume.toString(), "--out", out.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(run.out().matches("Built \\d+ pages in \\d+ ms → .*out; 0 broken links\\R"), run.out());
        assertTrue(run.err().startsWith("Read " + s(resume) + ": name \"Sam Example\", email,"), run.err());
        assertTrue(TestSites.read(out.resolve("index.html")).contains("Sam Example"));
    }

    @Test
    void aResumeIsBuiltWithTheLookOfTheSiteItIsBuiltFor() {
        Path resume = TestSites.write(dir, Map.of("resume.md", "# Sam Example\n\nsam@example.com\n\n## Experience\n\n"
                + "**Engineer** | Example Corp | 2020 – Present\n\n- Served 25K QPS with p99 under 80 ms using Go\n"))
                .resolve("resume.md");
        Path source = TestSites.write(dir.resolve("site"), Map.of(
                "content/site.yml", "title: Alex Example\ndescription: Alex's site\nbaseUrl: https://alex.example.com/\n"
                        + "theme: terminal\nlanguage: en\n",
                "content/profile.yml", "basics:\n  name: Alex Example\n",
                "content/stories/old.md", "# A story of the site's own person\n",
                "templates/404.jte", "@import dev.folio.render.view.NotFoundView\n@param NotFoundView view\n"
                        + "@template.layout(page = view.page(), content = @`<h1>Lost, with the site's own 404</h1>`)\n"));
        Path out = dir.resolve("out");
        CliTest.Run run = CliTest.run("build", "--resume", resume.toString(), "--source", source.toString(),
                "--out", out.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        String home = TestSites.read(out.resolve("index.html"));
        assertTrue(home.contains("Sam Example"), home);
        assertTrue(!home.contains("Alex Example") && !home.contains("alex.example.com"), "only the look is taken over");
        java.util.regex.Matcher style = java.util.regex.Pattern.compile("href=\"(assets/style\\.[0-9a-f]+\\.css)\"")
                .matcher(home);
        assertTrue(style.find(), home);
        assertTrue(TestSites.read(out.resolve(style.group(1))).startsWith("/* folio terminal theme"), "the site's theme");
        assertTrue(TestSites.read(out.resolve("404.html")).contains("Lost, with the site's own 404"), "the site's template");
    }
}
