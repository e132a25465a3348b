package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.sun.net.httpserver.HttpServer;
import dev.folio.build.TestSites;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import dev.folio.check.SiteAddress;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CheckCommandTest {

    static final String FIXTURE = "src/test/resources/check/everything";
    static final String BASE = "--base-url=https://alex.example.com/portfolio/";

    @TempDir
    Path dir;

    private static CliTest.Run run(String... args) {
        return CliTest.run(args);
    }

    private Path cleanSite() {
        return TestSites.write(dir.resolve("site"), Map.of("index.html", """
                <!DOCTYPE html><html lang="en"><title>Home</title><meta name="description" content="Home page.">
                <a href="about.html#team">About</a></html>
                """, "about.html", """
                <!DOCTYPE html><html lang="en"><title>About</title><meta name="description" content="About us.">
                <h2 id="team">Team</h2><a href="index.html">Home</a><img src="me.png"></html>
                """, "me.png", "png"));
    }

    @Test
    void textGoesToTheConsoleWithASummary() {
        CliTest.Run run = run("check", FIXTURE, BASE);
        assertEquals(ExitCode.BUILD_FAILED, run.code());
        String[] lines = run.err().split("\\R");
        assertEquals(30, lines.length);
        assertEquals("error: index.html:25:4: href \"Stories/First.html\": file differs in case: found"
                + " stories/first.html [case-mismatch]", lines[7]);
        assertEquals("Checked 5 pages, 52 links in " + FIXTURE + "; 24 errors, 6 warnings\n", run.out());
    }

    @Test
    void severitiesFromTheCommandLine() {
        Path site = cleanSite();
        CliTest.Run strict = run("check", site.toString(), "--base-url", "https://alex.example.com/");
        assertEquals(ExitCode.BUILD_FAILED, strict.code());
        assertEquals("error: about.html:2:53: src \"me.png\": <img> has no alt attribute; describe the image in"
                + " alt=\"…\", or write alt=\"\" if it is decorative [missing-alt]\n", strict.err());

        CliTest.Run lenient = run("check", site.toString(), "--base-url", "https://alex.example.com/",
                "--severity", "missing-alt=warn");
        assertEquals(ExitCode.OK, lenient.code(), lenient.err());
        assertTrue(lenient.err().startsWith("warning: about.html:2:53: "), lenient.err());
        assertTrue(lenient.out().endsWith("; 0 errors, 1 warning\n"), lenient.out());

        CliTest.Run quiet = run("check", site.toString(), "--base-url", "https://alex.example.com/",
                "--severity", "missing-alt=ignore,broken-link=error");
        assertEquals(ExitCode.OK, quiet.code());
        assertEquals("", quiet.err());
    }

    @Test
    void extensionlessLinksAreAcceptedUnlessTurnedOff() {
        Path site = TestSites.write(dir.resolve("pretty"), Map.of("index.html", """
                <!DOCTYPE html><html lang="en"><title>Home</title><meta name="description" content="Home page.">
                <a href="about">About</a></html>
                """, "about.html", """
                <!DOCTYPE html><html lang="en"><title>About</title><meta name="description" content="About us.">
                <a href="index.html">Home</a></html>
                """));
        assertEquals(ExitCode.OK, run("check", site.toString()).code());
        assertEquals(ExitCode.OK, run("check", site.toString(), "--assume-extension").code());

        CliTest.Run strict = run("check", site.toString(), "--no-assume-extension");
        assertEquals(ExitCode.BUILD_FAILED, strict.code());
        assertEquals("error: index.html:2:1: href \"about\": file not found: about; about.html exists, and GitHub"
                + " Pages and Netlify serve it at this address: accept such links with assume-extension: true under"
                + " check: in site.yml (folio check --assume-extension), or add .html to the link [broken-link]\n",
                strict.err());
    }

    @Test
    void wrongOptionsAreUsageErrors() {
        Path site = cleanSite();
        CliTest.Run kind = run("check", site.toString(), "--severity", "missing-alts=warning");
        assertEquals(ExitCode.USAGE, kind.code());
        assertEquals("""
                error: --severity: unknown check kind "missing-alts"; did you mean "missing-alt"?
                error: --severity: severity "warning" for missing-alts is not one of error, warn, ignore; did you mean "warn"?
                """, kind.err());
        CliTest.Run format = run("check", site.toString(), "--format", "xml");
        assertEquals(ExitCode.USAGE, format.code());
        assertEquals("error: --format: \"xml\" is not one of text, json, junit\n", format.err());
        CliTest.Run url = run("check", site.toString(), "--base-url", "ftp://alex.example.com/");
        assertEquals(ExitCode.USAGE, url.code());
        assertEquals("error: --base-url: \"ftp://alex.example.com/\" is not an address; use e.g."
                + " https://alex.example.com/ or /portfolio/\n", url.err());
        CliTest.Run noValue = run("check", site.toString(), "--severity", "missing-alt");
        assertEquals(ExitCode.USAGE, noValue.code());
        CliTest.Run missing = run("check", dir.resolve("nope").toString());
        assertEquals(ExitCode.BUILD_FAILED, missing.code());
        assertTrue(missing.err().contains("no such folder"), missing.err());
    }

    @Test
    void jsonOnTheOutputStreamSummaryOnTheErrorStream() throws Exception {
        CliTest.Run run = run("check", FIXTURE, BASE, "--format", "json");
        assertEquals(ExitCode.BUILD_FAILED, run.code());
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertEquals(false, json.get("ok").asBoolean());
        assertEquals(24, json.at("/summary/errors").asInt());
        assertEquals(30, json.get("problems").size());
        assertEquals("relative-link-in-404", json.at("/problems/0/kind").asText());
        assertEquals("Checked 5 pages, 52 links in " + FIXTURE + "; 24 errors, 6 warnings\n", run.err());
    }

    @Test
    void reportsWrittenToAFile() throws Exception {
        Path junit = dir.resolve("check.xml");
        CliTest.Run run = run("check", FIXTURE, BASE, "--format=junit", "--output", junit.toString());
        assertEquals(ExitCode.BUILD_FAILED, run.code());
        assertEquals("", run.err());
        assertTrue(run.out().startsWith("Checked 5 pages, 52 links in "), run.out());
        String xml = Files.readString(junit);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"folio check\" tests=\"8\""
                + " failures=\"5\" errors=\"0\">"), xml);

        Path text = dir.resolve("check.txt");
        CliTest.Run plain = run("check", FIXTURE, BASE, "-o", text.toString());
        assertEquals(ExitCode.BUILD_FAILED, plain.code());
        String report = Files.readString(text);
        assertTrue(report.startsWith("warning: 404.html:7:1: "), report);
        assertTrue(report.endsWith("; 24 errors, 6 warnings\n"), report);

        CliTest.Run unwritable = run("check", FIXTURE, BASE, "-o", dir.resolve("no/such/dir/x.txt").toString());
        assertEquals(ExitCode.BUILD_FAILED, unwritable.code());
        assertTrue(unwritable.err().contains("the report could not be written"), unwritable.err());
    }

    @Test
    void baseUrlDefaultsToTheOneInSiteYml() throws Exception {
        // folio check reads content/site.yml of the folder it runs in: the starter's, whatever a fork put there
        var starter = new YAMLMapper().readTree(Path.of("content/site.yml").toFile()).get("baseUrl");
        String baseUrl = starter == null || starter.asText().isBlank() ? "https://elsewhere.example/" : starter.asText();
        boolean known = starter != null && !starter.asText().isBlank();
        Path site = TestSites.write(dir.resolve("site"), Map.of("index.html", "<!DOCTYPE html><html lang=\"en\">"
                + "<title>t</title><meta name=\"description\" content=\"d\"><link rel=\"canonical\" href=\"" + baseUrl
                + "missing.html\"></html>"));
        CliTest.Run run = run("check", site.toString());
        assertEquals(known ? "error: index.html:1:85: href \"" + baseUrl + "missing.html\": file not found: missing.html"
                + " [broken-link]\n" : "", run.err());
        CliTest.Run pathOnly = run("check", site.toString(), "--base-path", "/");
        assertEquals(ExitCode.OK, pathOnly.code(), "the canonical link is external when the host is not known");
    }

    @Test
    void aBuiltSiteDeclaresItsOwnAddress() throws Exception {
        // a site built for another address (another project, or --base-url) is checked against the address its
        // home page names as canonical, not against the current folder's site.yml
        Path site = TestSites.write(dir.resolve("site"), Map.of(
                "index.html", "<!DOCTYPE html><html lang=\"en\"><title>t</title><meta name=\"description\" "
                        + "content=\"d\"><link rel=\"canonical\" href=\"https://sam.example.com/work/\">"
                        + "<a href=\"https://sam.example.com/work/gone.html\">gone</a></html>",
                "sitemap.xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\""
                        + "http://www.sitemaps.org/schemas/sitemap/0.9\">\n<url><loc>https://sam.example.com/work/</loc>"
                        + "</url>\n</urlset>\n"));
        CliTest.Run run = run("check", site.toString());
        assertEquals("error: index.html:1:144: href \"https://sam.example.com/work/gone.html\": file not found: "
                + "gone.html [broken-link]\n", run.err());
        assertEquals(Optional.of(SiteAddress.of("https://sam.example.com/work/")), SiteAddress.declaredIn(site));
        Files.writeString(site.resolve("index.html"), "<link rel=canonical href=\"https://sam.example.com/work/index.html?x#y\">");
        assertEquals(Optional.of(SiteAddress.of("https://sam.example.com/work/")), SiteAddress.declaredIn(site));
        Files.writeString(site.resolve("index.html"), "<link rel=canonical href=\"https://sam.example.com\">");
        assertEquals(Optional.of(SiteAddress.of("https://sam.example.com/")), SiteAddress.declaredIn(site));
        Files.writeString(site.resolve("index.html"), "<link rel=canonical href=\"/work/\">");
        assertEquals(Optional.empty(), SiteAddress.declaredIn(site), "a path alone names no host");
        Files.writeString(site.resolve("index.html"), "<link rel=canonical href=\"javascript:alert(1)\">");
        assertEquals(Optional.empty(), SiteAddress.declaredIn(site));
    }

    @Test
    void externalLinksOnRequest() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/ok") ? 200 : 404, -1);
            exchange.close();
        });
        server.start();
        try {
            String s = "http://127.0.0.1:" + server.getAddress().getPort();
            Path site = TestSites.write(dir.resolve("site"), Map.of("index.html", "<!DOCTYPE html><html lang=\"en\">"
                    + "<title>t</title><meta name=\"description\" content=\"d\">\n<a href=\"" + s + "/ok\">ok</a>\n"
                    + "<a href=\"" + s + "/missing\">missing</a>\n<a href=\"" + s + "/skipped\">skipped</a></html>"));
            Path cache = dir.resolve("cache.json");
            String[] args = {"check", site.toString(), "--base-path=/", "--external", "--timeout", "2", "--retries",
                    "0", "--host-delay", "0", "--exclude", "*/skipped", "--cache", cache.toString()};

            CliTest.Run offline = run("check", site.toString(), "--base-path=/");
            assertEquals(ExitCode.OK, offline.code());

            CliTest.Run run = run(args);
            assertEquals(ExitCode.BUILD_FAILED, run.code());
            assertEquals("error: index.html:3:1: href \"" + s + "/missing\": not found (status 404)"
                    + " [external-broken]\n", run.err());
            assertEquals("Checked 1 page, 3 links (2 external checked online) in " + Console.shown(site)
                    + "; 1 error, 0 warnings\n", run.out());
            assertTrue(Files.readString(cache).contains("\"" + s + "/ok\""));
            assertTrue(!Files.readString(cache).contains("missing"));
        } finally {
            server.stop(0);
        }
    }

    @Test
    void aBuildShowsWarningsAndFailsOnlyOnErrors() {
        Path source = TestSites.write(dir.resolve("src"), Map.of("content/profile.yml", TestSites.MINIMAL_PROFILE,
                "templates/404.jte", """
                        @param dev.folio.render.view.NotFoundView view
                        <!DOCTYPE html><html lang="en"><title>x</title><meta name="description" content="d">
                        <a href="index.html">home</a></html>
                        """));
        CliTest.Run warned = run("build", "--source", source.toString(), "--out", dir.resolve("out").toString());
        assertEquals(ExitCode.OK, warned.code(), warned.err());
        assertEquals("warning: 404.html:2:1: href \"index.html\": 404.html is served at any address, where this"
                + " relative link leads elsewhere; use a root-relative link such as /index.html"
                + " [relative-link-in-404]\n", warned.err());
        assertTrue(warned.out().matches("Built 3 pages in \\d+ ms → .*out; 0 broken links, 1 warning\\R"),
                warned.out());

        TestSites.write(source, Map.of("templates/404.jte", """
                @param dev.folio.render.view.NotFoundView view
                <!DOCTYPE html><html lang="en"><title>x</title><meta name="description" content="d">
                <img src="/missing.png"></html>
                """));
        CliTest.Run failed = run("build", "--source", source.toString(), "--out", dir.resolve("out").toString());
        assertEquals(ExitCode.BUILD_FAILED, failed.code());
        assertEquals("""
                error: 404.html:2:1: src "/missing.png": file not found: missing.png [broken-link]
                error: 404.html:2:1: src "/missing.png": <img> has no alt attribute; describe the image in alt="…", \
                or write alt="" if it is decorative [missing-alt]
                Build failed in check with 2 problems; the previous site was left as it was.
                """, failed.err());
    }
}
