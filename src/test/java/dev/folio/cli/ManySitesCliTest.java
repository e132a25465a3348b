package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.build.TestSites;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** folio build --sites DIR: every site folder of DIR, a line each, a summary; a broken site stops no other. */
final class ManySitesCliTest {

    @TempDir
    Path dir;

    private Path sites() {
        Path sites = dir.resolve("sites");
        for (String name : List.of("alex", "brook", "casey", "drew")) {
            TestSites.write(sites.resolve(name), Map.of("content/profile.yml",
                    TestSites.MINIMAL_PROFILE.replace("Sam Example", name)));
        }
        TestSites.write(sites.resolve("notes"), Map.of("README.md", "not a site"));
        return sites;
    }

    @Test
    void buildsEverySiteIntoItsOwnFolder() {
        Path sites = sites();
        CliTest.Run run = CliTest.run("build", "--sites", sites.toString(), "--out", dir.resolve("out").toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertEquals("", run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(5, lines.size(), run.out());
        for (int i = 0; i < 4; i++) {
            String name = List.of("alex", "brook", "casey", "drew").get(i);
            assertTrue(lines.get(i).matches("Built " + name + ": 3 pages in \\d+ ms → .*out/" + name + "; 0 broken links"),
                    lines.get(i));
            assertTrue(TestSites.read(dir.resolve("out").resolve(name).resolve("index.html")).contains(name));
        }
        assertTrue(lines.get(4).matches("Built 4 of 4 sites \\(12 pages\\) in \\d+ ms → .*out"), lines.get(4));
        assertFalse(Files.exists(dir.resolve("out/notes")));
    }

    @Test
    void aBrokenSiteIsReportedAndTheOthersAreBuilt() {
        Path sites = sites();
        TestSites.write(sites.resolve("brook"), Map.of("content/profile.yml", """
                basics:
                  name: Brook
                work:
                  - name: Example Corp
                    startDate: 2020-13
                """));
        CliTest.Run run = CliTest.run("build", "--sites", sites.toString(), "--out", dir.resolve("out").toString());
        assertEquals(ExitCode.INVALID_INPUT, run.code());
        assertEquals(List.of("alex", "casey", "drew"), run.out().lines()
                .map(l -> l.replaceFirst("^Built (\\w+): .*", "$1")).toList());
        List<String> err = run.err().lines().toList();
        assertEquals("error: brook: content/profile.yml:5:16: work[0].startDate \"2020-13\" is not a date; "
                + "use YYYY-MM or YYYY", err.get(0));
        assertEquals("Failed brook in load with 1 problem; its previous site was left as it was.", err.get(1));
        assertTrue(err.get(2).matches("Built 3 of 4 sites \\(9 pages\\) in \\d+ ms → .*out; 1 failed: brook"), err.get(2));
        assertEquals(3, err.size(), run.err());
        for (String built : List.of("alex", "casey", "drew")) {
            assertTrue(Files.isRegularFile(dir.resolve("out").resolve(built).resolve("index.html")), built);
        }
        assertFalse(Files.exists(dir.resolve("out/brook")));
    }

    @Test
    void aSiteWithABrokenLinkFailsTheRunWithBuildFailed() {
        Path sites = sites();
        TestSites.write(sites.resolve("casey"), Map.of("templates/404.jte", """
                @param dev.folio.render.view.NotFoundView view
                <!DOCTYPE html><html lang="en"><title>x</title><a href="missing.html">gone</a></html>
                """));
        CliTest.Run run = CliTest.run("build", "--sites", sites.toString(), "--out", dir.resolve("out").toString());
        assertEquals(ExitCode.BUILD_FAILED, run.code());
        assertTrue(run.err().startsWith("error: casey: 404.html:1:48: href \"missing.html\": file not found: "
                + "missing.html [broken-link]\nFailed casey in check with 1 problem;"), run.err());
        assertEquals(3, run.out().lines().count(), run.out());
    }

    @Test
    void outputDefaultsToTargetSitesBesideTheFolder() {
        Path sites = sites();
        CliTest.Run run = CliTest.run("build", "--sites", sites.toString());
        assertEquals(ExitCode.OK, run.code(), run.err());
        assertTrue(Files.isRegularFile(dir.resolve("target/sites/alex/index.html")));
    }

    @Test
    void aFolderWithoutSites() {
        TestSites.write(dir.resolve("empty"), Map.of("README.md", "nothing here"));
        CliTest.Run run = CliTest.run("build", "--sites", dir.resolve("empty").toString());
        assertEquals(ExitCode.INVALID_INPUT, run.code());
        assertTrue(run.err().matches("error: .*empty: no site folders in it; --sites builds each folder of DIR that "
                + "holds content/profile.yml\\R"), run.err());
        CliTest.Run missing = CliTest.run("build", "--sites", dir.resolve("nowhere").toString());
        assertEquals(ExitCode.INVALID_INPUT, missing.code());
    }

    @Test
    void sitesDoesNotMixWithOneSitesOptions() {
        Path sites = sites();
        CliTest.Run run = CliTest.run("build", "--sites", sites.toString(), "--source", sites.resolve("alex").toString());
        assertEquals(ExitCode.USAGE, run.code());
        assertEquals("error: --source cannot be used with --sites: each site is built from its own folder and "
                + "settings\n", run.err().replace("\r\n", "\n"));
        assertEquals(ExitCode.USAGE, CliTest.run("build", "--sites", sites.toString(), "--base-url",
                "https://x.example.com/").code());
    }
}
