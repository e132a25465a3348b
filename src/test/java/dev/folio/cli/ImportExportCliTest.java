package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.build.Builder;
import dev.folio.build.TestSites;
import dev.folio.input.SiteInput;
import dev.folio.output.jsonresume.JsonResumeSchemas;
import dev.folio.output.jsonresume.ResumeJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** folio import and folio export, through Main.run as a user runs them. */
final class ImportExportCliTest {

    static final SiteInput SAMPLE = Builder.load(TestSites.SAMPLE, Optional.empty());

    @TempDir
    Path dir;

    static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    static String s(Path p) {
        return Console.shown(p);
    }

    Path sampleJson() {
        TestSites.copySampleImages(dir.resolve("site"));
        return TestSites.write(dir, Map.of("resume.json", ResumeJson.write(SAMPLE.profile(), SAMPLE.settings())))
                .resolve("resume.json");
    }

    @Test
    void importWritesTheProfileAndStoryBodiesThatLoadAsTheOriginal() {
        Path json = sampleJson();
        Path profile = dir.resolve("site/content/profile.yml");
        CliTest.Run run = run("import", json.toString(), "-o", profile.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertEquals("", run.err());
        assertEquals("Imported " + s(json) + " → " + s(profile) + " and 3 story bodies in "
                + s(dir.resolve("site/content/stories")) + "\n"
                + "not imported: $schema, meta.version (about the JSON Resume file itself, not about you)\n",
                run.out().replace("\r\n", "\n"));
        assertTrue(TestSites.read(profile).startsWith("# Imported from resume.json by folio import.\n"));
        assertEquals(SAMPLE.profile(), Builder.load(dir.resolve("site"), Optional.empty()).profile());
    }

    @Test
    void importNeverReplacesFilesWithoutForce() throws Exception {
        Path json = sampleJson();
        Path profile = dir.resolve("site/content/profile.yml");
        TestSites.write(dir.resolve("site"), Map.of("content/profile.yml", "basics:\n  name: Keep Me\n",
                "content/stories/serving-path-migration.md", "Keep me too.\n"));
        CliTest.Run refused = run("import", json.toString(), "-o", profile.toString());
        assertEquals(ExitCode.INVALID_INPUT, refused.code());
        assertEquals("", refused.out());
        assertEquals("error: " + s(profile) + ": already exists; pass --force to replace it, or -o FILE to write "
                + "elsewhere\n"
                + "error: " + s(dir.resolve("site/content/stories/serving-path-migration.md")) + ": already exists; "
                + "pass --force to replace it, or -o FILE to write elsewhere\n"
                + "Nothing was written.\n", refused.err().replace("\r\n", "\n"));
        assertEquals("basics:\n  name: Keep Me\n", TestSites.read(profile));
        assertFalse(Files.exists(dir.resolve("site/content/stories/keyword-recommendation-throughput.md")),
                "nothing written when any file exists");

        CliTest.Run forced = run("import", json.toString(), "-o", profile.toString(), "--force");
        assertEquals(ExitCode.OK, forced.code(), forced.err());
        assertEquals(SAMPLE.profile(), Builder.load(dir.resolve("site"), Optional.empty()).profile());
    }

    @Test
    void importOfMalformedJsonNamesTheSpotAndWritesNothing() {
        Path json = TestSites.write(dir, Map.of("resume.json", "{\n  \"basics\": {\n    \"name\": \"A\",\n  }\n}\n"))
                .resolve("resume.json");
        Path profile = dir.resolve("site/content/profile.yml");
        CliTest.Run run = run("import", json.toString(), "-o", profile.toString());
        assertEquals(ExitCode.INVALID_INPUT, run.code());
        assertEquals("", run.out());
        assertEquals("error: " + s(json) + ":4:3: a comma before }; remove the comma after the last member\n"
                + "Import failed with 1 problem; nothing was written.\n", run.err().replace("\r\n", "\n"));
        assertFalse(Files.exists(dir.resolve("site")));
    }

    @Test
    void importOfAMissingFile() {
        Path json = dir.resolve("nope.json");
        CliTest.Run run = run("import", json.toString(), "-o", dir.resolve("content/profile.yml").toString());
        assertEquals(ExitCode.INVALID_INPUT, run.code());
        assertEquals("error: " + s(json) + ": not found; name a JSON Resume file, e.g. folio import resume.json\n"
                + "Import failed with 1 problem; nothing was written.\n", run.err().replace("\r\n", "\n"));
    }

    @Test
    void exportPrintsAValidDocument() {
        CliTest.Run run = run("export", "--format", "jsonresume", "--source", TestSites.SAMPLE.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertEquals("", run.err());
        assertEquals(ResumeJson.write(SAMPLE.profile(), SAMPLE.settings()), run.out());
        assertEquals(List.of(), JsonResumeSchemas.errors(JsonResumeSchemas.CURRENT, run.out()));
        assertEquals(List.of(), JsonResumeSchemas.errors(JsonResumeSchemas.V1_0, run.out()));
    }

    @Test
    void exportToAFileNeverReplacesItWithoutForce() {
        Path out = dir.resolve("resume.json");
        CliTest.Run first = run("export", "--source", TestSites.SAMPLE.toString(), "-o", out.toString());
        assertEquals(ExitCode.OK, first.code(), first.err());
        assertEquals("Exported the profile as JSON Resume 1.0.0 → " + s(out) + "\n", first.out().replace("\r\n", "\n"));
        assertEquals(ResumeJson.write(SAMPLE.profile(), SAMPLE.settings()), TestSites.read(out));

        TestSites.write(dir, Map.of("resume.json", "{}"));
        CliTest.Run again = run("export", "--source", TestSites.SAMPLE.toString(), "-o", out.toString());
        assertEquals(ExitCode.INVALID_INPUT, again.code());
        assertEquals("error: " + s(out) + ": already exists; pass --force to replace it, or -o FILE to write "
                + "elsewhere\nNothing was written.\n", again.err().replace("\r\n", "\n"));
        assertEquals("{}", TestSites.read(out));

        CliTest.Run forced = run("export", "--source", TestSites.SAMPLE.toString(), "-o", out.toString(), "--force");
        assertEquals(ExitCode.OK, forced.code(), forced.err());
        assertEquals(ResumeJson.write(SAMPLE.profile(), SAMPLE.settings()), TestSites.read(out));
    }

    @Test
    void exportOfABrokenSiteAndOfAnUnknownFormat() {
        Path source = TestSites.write(dir.resolve("site"), Map.of("content/profile.yml",
                "basics:\n  name: Sam Example\nwork:\n  - name: Example Corp\n    startDate: 2020-13\n"));
        CliTest.Run broken = run("export", "--source", source.toString());
        assertEquals(ExitCode.INVALID_INPUT, broken.code());
        assertEquals("", broken.out());
        assertEquals("error: content/profile.yml:5:16: work[0].startDate \"2020-13\" is not a date; use YYYY-MM or YYYY\n"
                + "Export failed with 1 problem; nothing was written.\n", broken.err().replace("\r\n", "\n"));

        CliTest.Run pdf = run("export", "--format", "pdf", "--source", TestSites.SAMPLE.toString());
        assertEquals(ExitCode.USAGE, pdf.code());
        assertTrue(pdf.err().startsWith("Invalid value for option '--format': 'pdf'; folio can export only jsonresume"),
                pdf.err());
    }

    @Test
    void helpNamesTheNewCommands() {
        CliTest.Run bare = run();
        assertTrue(bare.err().contains("import") && bare.err().contains("export"), bare.err());
        CliTest.Run help = run("import", "--help");
        assertEquals(ExitCode.OK, help.code());
        assertTrue(help.out().contains("-o, --out=FILE") && help.out().contains("--force"), help.out());
        CliTest.Run missing = run("import");
        assertEquals(ExitCode.USAGE, missing.code());
        assertTrue(missing.err().contains("Missing required parameter: 'FILE'"), missing.err());
    }
}
