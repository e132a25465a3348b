package dev.folio.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.build.TestSites;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** folio serve end to end on 127.0.0.1, a free port, and a small site in a temporary folder. */
@Timeout(90)
final class DevServerTest {

    static final String BROKEN_PROFILE = """
            basics:
              name: Sam Example
            work:
              - name: Example Corp
                startDate: 2020-13
            """;

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};

    @TempDir
    Path dir;

    Path site;
    DevServer server;
    final Recorder recorder = new Recorder();

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** Without the warm-up renders, which only cost time here. */
    DevServer start(Duration quiet, Duration heartbeat) throws IOException {
        server = DevServer.start(site, 0, Optional.empty(), recorder, quiet, heartbeat, 0);
        return server;
    }

    DevServer start() throws IOException {
        return start(DevServer.QUIET, DevServer.HEARTBEAT);
    }

    void site(Map<String, String> extra) {
        site = TestSites.write(dir.resolve("site"), Map.of(
                "content/profile.yml", TestSites.MINIMAL_PROFILE,
                "themes/default/theme.yml", "name: default\n",
                "themes/default/assets/site.css", "body { color: teal; }\n"));
        TestSites.write(site, extra);
    }

    URI base() {
        return server.address();
    }

    void write(String path, String text) {
        TestSites.write(site, Map.of(path, text));
    }

    void write(String path, byte[] bytes) {
        try {
            Files.createDirectories(site.resolve(path).getParent());
            Files.write(site.resolve(path), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + EventStream.WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            Thread.sleep(10);
        }
    }

    @Test
    void servesTheSiteUnderTheBaseUrlPathToo() throws IOException {
        // 404.html links root-relatively, under the baseUrl's path; the preview answers there as well as at /
        site(Map.of("content/site.yml", "title: Sam\nbaseUrl: https://sam.example.com/portfolio/\n",
                "themes/default/assets/docs/index.html", "<!DOCTYPE html><title>docs</title>"));
        start();
        Http.Response home = Http.get(base(), "/portfolio/");
        assertEquals(200, home.status());
        assertEquals(Http.get(base(), "/").text(), home.text());
        assertEquals(200, Http.get(base(), "/portfolio/assets/site.css").status());
        assertEquals("body { color: teal; }\n", Http.get(base(), "/portfolio/assets/site.css").text());

        Http.Response bare = Http.get(base(), "/portfolio");
        assertEquals(301, bare.status());
        assertEquals("/portfolio/", bare.header("Location"));
        Http.Response folder = Http.get(base(), "/portfolio/assets/docs");
        assertEquals(301, folder.status());
        assertEquals("/portfolio/assets/docs/", folder.header("Location"), "the folder redirect keeps the base path");

        Http.Response missing = Http.get(base(), "/portfolio/nothing-here.html");
        assertEquals(404, missing.status());
        String notFound = missing.text();
        java.util.regex.Matcher style = java.util.regex.Pattern.compile("href=\"(/portfolio/assets/style[^\"]*\\.css)\"")
                .matcher(notFound);
        assertTrue(style.find(), notFound);
        assertEquals(200, Http.get(base(), style.group(1)).status(), "the 404 page's root-relative stylesheet loads");
    }

    @Test
    void servesTheSiteWithContentTypes() throws IOException {
        site(Map.of());
        write("themes/default/assets/img/dot.png", PNG);
        write("themes/default/assets/data.json", "{\"a\": 1}\n");
        write("themes/default/assets/fonts/f.woff2", new byte[] {'w', 'O', 'F', '2'});
        write("themes/default/assets/notes.txt", "hello\n");
        start();
        assertTrue(base().toString().matches("http://127\\.0\\.0\\.1:\\d+/"), base().toString());

        Http.Response home = Http.get(base(), "/");
        assertEquals(200, home.status());
        assertEquals("text/html; charset=utf-8", home.header("Content-Type"));
        assertEquals("no-store", home.header("Cache-Control"));
        assertTrue(home.text().contains("<h1 id=\"hero-name\">Sam Example</h1>"), home.text());
        assertEquals(home.text(), Http.get(base(), "/index.html").text());

        Map<String, String> types = Map.of(
                "/assets/site.css", "text/css; charset=utf-8",
                "/assets/favicon.svg", "image/svg+xml",
                "/assets/img/dot.png", "image/png",
                "/assets/data.json", "application/json",
                "/assets/fonts/f.woff2", "font/woff2",
                "/assets/notes.txt", "text/plain; charset=utf-8",
                "/stories/cache.html", "text/html; charset=utf-8");
        types.forEach((path, type) -> {
            Http.Response r = Http.get(base(), path);
            assertEquals(200, r.status(), path);
            assertEquals(type, r.header("Content-Type"), path);
            assertEquals("nosniff", r.header("X-Content-Type-Options"), path);
        });
        assertArrayEquals(PNG, Http.get(base(), "/assets/img/dot.png").body());

        Http.Response head = Http.request(base(), "HEAD", "/assets/site.css");
        assertEquals(200, head.status());
        assertEquals("text/css; charset=utf-8", head.header("Content-Type"));
        assertEquals(Integer.toString("body { color: teal; }\n".length()), head.header("Content-Length"));
    }

    @Test
    void noResponseMayBeFramedByAnotherSiteOrSniffed() throws IOException {
        site(Map.of());
        start();
        Map<String, Http.Response> answers = new java.util.LinkedHashMap<>();
        answers.put("page", Http.get(base(), "/"));
        answers.put("asset", Http.get(base(), "/assets/site.css"));
        answers.put("404", Http.get(base(), "/no/such/page.html"));
        answers.put("script", Http.get(base(), ReloadTag.SCRIPT_PATH));
        answers.put("HEAD", Http.request(base(), "HEAD", "/"));
        answers.put("405", Http.request(base(), "POST", "/"));
        answers.put("403", Http.request(base(), "GET", "/", "evil.example.com"));
        answers.forEach((what, r) -> {
            assertEquals("frame-ancestors 'self'", r.header("Content-Security-Policy"), what);
            assertEquals("SAMEORIGIN", r.header("X-Frame-Options"), what);
            assertEquals("nosniff", r.header("X-Content-Type-Options"), what);
        });
        assertEquals(404, answers.get("404").status());
        try (Socket socket = new Socket(base().getHost(), base().getPort())) {
            socket.getOutputStream().write(("GET " + SiteHandler.EVENTS_PATH + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            assertEquals("HTTP/1.1 200 OK", Http.line(socket.getInputStream()));
            Map<String, String> events = Http.headers(socket.getInputStream());
            assertEquals("frame-ancestors 'self'", events.get("content-security-policy"), "event stream");
            assertEquals("SAMEORIGIN", events.get("x-frame-options"), "event stream");
        }
    }

    @Test
    void folderServesItsIndexAndRedirectsWithoutTheSlash() throws IOException {
        site(Map.of("themes/default/assets/docs/index.html", "<!DOCTYPE html><html><body><p>docs</p></body></html>"));
        start();
        Http.Response index = Http.get(base(), "/assets/docs/");
        assertEquals(200, index.status());
        assertEquals("<!DOCTYPE html><html><body><p>docs</p>" + ReloadTag.TAG + "</body></html>", index.text());
        Http.Response bare = Http.get(base(), "/assets/docs");
        assertEquals(301, bare.status());
        assertEquals("/assets/docs/", bare.header("Location"));
        assertEquals(404, Http.get(base(), "/assets/").status(), "a folder without index.html");
    }

    @Test
    void unknownPathsGetTheSites404PageWithStatus404() throws IOException {
        site(Map.of());
        start();
        Http.Response missing = Http.get(base(), "/no/such/page.html");
        assertEquals(404, missing.status());
        assertEquals("text/html; charset=utf-8", missing.header("Content-Type"));
        assertEquals(Http.get(base(), "/404.html").text(), missing.text());
        assertTrue(missing.text().contains(ReloadTag.TAG));
    }

    @Test
    void nothingOutsideTheBuiltSiteIsServed() throws IOException {
        site(Map.of());
        start();
        String secret = TestSites.read(site.resolve("content/profile.yml"));
        for (String path : List.of("/content/profile.yml", "/../content/profile.yml", "/assets/../../content/profile.yml",
                "/%2e%2e/content/profile.yml", "/%2E%2E/%2e%2e/content/profile.yml", "/assets/%2e%2e/index.html",
                "/.%2e/content/profile.yml", "/assets%2fsite.css", "/assets%2Fsite.css", "/assets%5csite.css",
                "/..%2f..%2fcontent%2fprofile.yml", "/%252e%252e/content/profile.yml", "//content/profile.yml",
                "/./index.html", "/assets/./site.css", "/assets//site.css", "/index.html%00.css", "/%c0%ae%c0%ae/content",
                "/" + site.resolve("content/profile.yml").toString().substring(1),
                site.resolve("content/profile.yml").toString(), "/themes/default/assets/site.css")) {
            Http.Response r = Http.get(base(), path);
            assertEquals(404, r.status(), path);
            assertFalse(r.text().contains("MINIMAL") || r.text().contains(secret), path);
        }
        Http.Response absolute = Http.get(base(), base().resolve("/").toString() + "../content/profile.yml");
        assertEquals(404, absolute.status());
        for (String malformed : List.of("/assets/site.css%", "/assets/site.css%2", "/assets\\site.css")) {
            assertEquals(400, Http.get(base(), malformed).status(), "refused by the HTTP server: " + malformed);
        }
    }

    @Test
    void answersOnlyToThisMachinesNames() throws IOException {
        site(Map.of());
        start();
        int port = base().getPort();
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "127.0.0.1")) {
            assertEquals(200, Http.request(base(), "GET", "/", host).status(), host);
        }
        for (String host : List.of("evil.example.com:" + port, "127.0.0.1.example.com", "", "[::1]:" + port)) {
            assertEquals(403, Http.request(base(), "GET", "/", host).status(), host);
        }
    }

    @Test
    void onlyGetAndHeadAreAllowed() throws IOException {
        site(Map.of());
        start();
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS")) {
            Http.Response r = Http.request(base(), method, "/index.html");
            assertEquals(405, r.status(), method);
            assertEquals("GET, HEAD", r.header("Allow"), method);
        }
        assertEquals(405, Http.request(base(), "POST", "/__folio/events").status());
    }

    @Test
    void theReloadScriptGoesIntoServedHtmlOnly() throws IOException {
        site(Map.of());
        start();
        for (String page : List.of("/", "/stories/cache.html", "/404.html")) {
            String html = Http.get(base(), page).text();
            assertEquals(html.lastIndexOf(ReloadTag.TAG), html.indexOf(ReloadTag.TAG), page + ": once");
            assertTrue(html.contains(ReloadTag.TAG + "</body>"), page);
        }
        assertEquals("body { color: teal; }\n", Http.get(base(), "/assets/site.css").text());
        assertFalse(Http.get(base(), "/assets/favicon.svg").text().contains("__folio"));
        Http.Response script = Http.get(base(), ReloadTag.SCRIPT_PATH);
        assertEquals(200, script.status());
        assertEquals("text/javascript; charset=utf-8", script.header("Content-Type"));
        assertTrue(script.text().contains("new EventSource(\"/__folio/events\")"));
    }

    @Test
    void aSavedChangeRebuildsAndSendsReload() throws Exception {
        site(Map.of());
        start();
        try (EventStream events = new EventStream(base())) {
            String first = events.next("hello").data();
            write("content/profile.yml", TestSites.MINIMAL_PROFILE.replace("Sam Example", "Sam Changed"));
            String reload = events.next("reload").data();
            assertFalse(reload.equals(first));
            assertTrue(Http.get(base(), "/").text().contains("<h1 id=\"hero-name\">Sam Changed</h1>"));
            assertEquals(List.of("built [] 3 pages", "built [content/profile.yml] 3 pages"), recorder.await(2));
        }
    }

    @Test
    void aBrokenProfileShowsItsProblemsOverTheLastGoodSiteUntilFixed() throws Exception {
        site(Map.of());
        start();
        String good = Http.get(base(), "/").text();
        String located = "content/profile.yml:5:16: work[0].startDate \\\"2020-13\\\" is not a date; use YYYY-MM or YYYY";
        try (EventStream events = new EventStream(base())) {
            events.next("hello");
            write("content/profile.yml", BROKEN_PROFILE);
            String problems = events.next("problems").data();
            assertEquals("{\"title\":\"Rebuild failed in load with 1 problem; the page below is the last good build.\","
                    + "\"messages\":[\"" + located + "\"]}", problems);
            Http.Response still = Http.get(base(), "/");
            assertEquals(200, still.status());
            assertEquals(good, still.text());
            assertEquals("failed [content/profile.yml] [content/profile.yml:5:16: work[0].startDate \"2020-13\" is not a "
                    + "date; use YYYY-MM or YYYY]", recorder.await(2).get(1));

            try (EventStream late = new EventStream(base())) {
                late.next("hello");
                assertEquals(problems, late.next("problems").data(), "a page loaded meanwhile shows them too");
            }

            write("content/profile.yml", TestSites.MINIMAL_PROFILE.replace("Sam Example", "Sam Fixed"));
            events.next("fixed");
            events.next("reload");
            assertTrue(Http.get(base(), "/").text().contains("Sam Fixed"));
        }
        try (EventStream after = new EventStream(base())) {
            after.next("hello");
            assertNull(after.poll(Duration.ofMillis(200)), "no problems once fixed");
        }
    }

    @Test
    void theWarmUpGivesWayToTheFirstChange() throws Exception {
        site(Map.of());
        server = DevServer.start(site, 0, Optional.empty(), recorder, DevServer.QUIET, DevServer.HEARTBEAT, 100_000);
        try (EventStream events = new EventStream(base())) {
            events.next("hello");
            await(() -> server.warmed() > 3, "a few warm-up renders");
            write("content/profile.yml", TestSites.MINIMAL_PROFILE.replace("Sam Example", "Sam Warm"));
            events.next("reload");
            int warmed = server.warmed();
            assertTrue(warmed < 100_000, "stopped at " + warmed);
            assertTrue(Http.get(base(), "/").text().contains("Sam Warm"));
            Thread.sleep(100);
            assertEquals(warmed, server.warmed(), "not resumed");
            assertEquals(2, server.builds(), "warm-up renders are not builds");
        }
    }

    @Test
    void aBurstOfSavesIsOneRebuild() throws Exception {
        site(Map.of());
        start(Duration.ofMillis(300), DevServer.HEARTBEAT); // wide, so that a slow machine still sees one burst
        assertEquals(1, server.builds());
        try (EventStream events = new EventStream(base())) {
            events.next("hello");
            for (int i = 0; i < 10; i++) {
                write("content/profile.yml", TestSites.MINIMAL_PROFILE.replace("Sam Example", "Sam " + i));
                write("content/stories/cache.md", "Save " + i + "\n");
            }
            events.next("reload");
            assertNull(events.poll(Duration.ofMillis(400)), "one reload");
            assertEquals(2, server.builds());
            assertTrue(Http.get(base(), "/").text().contains("Sam 9"));
            assertTrue(Http.get(base(), "/stories/cache.html").text().contains("<p>Save 9</p>"));
        }
    }

    @Test
    void editorScratchFilesDoNotRebuild() throws Exception {
        site(Map.of("templates/README.md", "Overrides go here.\n"));
        start(Duration.ofMillis(300), DevServer.HEARTBEAT); // the scratch file comes and goes in one burst
        try (EventStream events = new EventStream(base())) {
            events.next("hello");
            write("content/.profile.yml.swp", "x");
            write("content/profile.yml~", "x");
            write("templates/notes.md", "x");
            write("content/tmp123", "x");
            Files.delete(site.resolve("content/tmp123"));
            assertNull(events.poll(Duration.ofMillis(400)));
            assertEquals(1, server.builds());
        }
    }

    @Test
    void filesInNewFoldersAreWatched() throws Exception {
        site(Map.of());
        start();
        try (EventStream events = new EventStream(base())) {
            events.next("hello");
            int folders = server.watchedFolders();
            Files.createDirectories(site.resolve("content/stories"));
            events.next("reload");
            await(() -> server.watchedFolders() == folders + 1, "content/stories to be watched");
            write("content/stories/cache.md", "## Why\n\nReads were slow.\n");
            events.next("reload");
            String story = Http.get(base(), "/stories/cache.html").text();
            assertTrue(story.contains("Reads were slow."), story);
        }
    }

    @Test
    void aStylesheetChangeSwapsStylesOnly() throws Exception {
        site(Map.of());
        start();
        String home = Http.get(base(), "/").text();
        try (EventStream events = new EventStream(base())) {
            events.next("hello");
            write("themes/default/assets/site.css", "body { color: plum; }\n");
            events.next("css");
            assertEquals("body { color: plum; }\n", Http.get(base(), "/assets/site.css").text());
            assertEquals(home, Http.get(base(), "/").text());
            write("themes/default/assets/new.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
            events.next("reload");
            assertEquals(200, Http.get(base(), "/assets/new.svg").status());
        }
    }

    @Test
    void siteTemplatesCompileRecompileAndReportTheirProblems() throws Exception {
        site(Map.of());
        start();
        String template = """
                @param dev.folio.render.view.MetricView metric
                @param boolean anchor = true
                <p class="mine">%s: ${metric.label()}</p>
                """;
        try (EventStream events = new EventStream(base())) {
            events.next("hello");
            write("content/profile.yml", BROKEN_PROFILE);
            events.next("problems");
            write("templates/partials/metric.jte", template.formatted("one"));
            events.next("problems"); // the profile is still broken
            write("content/profile.yml", TestSites.MINIMAL_PROFILE);
            events.next("fixed");
            events.next("reload");
            assertTrue(Http.get(base(), "/").text().contains("<p class=\"mine\">one: p99 latency</p>"),
                    "the template added while the profile was broken");

            Thread.sleep(20); // a newer timestamp than the last render
            write("templates/partials/metric.jte", template.formatted("two"));
            events.next("reload");
            assertTrue(Http.get(base(), "/").text().contains("<p class=\"mine\">two: p99 latency</p>"));

            write("templates/partials/metric.jte", template.formatted("${metric.nosuchfield()}"));
            String problems = events.next("problems").data();
            assertTrue(problems.contains("\"templates/partials/metric.jte:3: "), problems);
            assertTrue(problems.contains("nosuchfield"), problems);
            assertTrue(Http.get(base(), "/").text().contains("two: p99 latency"), "last good site");

            write("templates/partials/metric.jte", template.formatted("three"));
            events.next("fixed");
            events.next("reload");
            assertTrue(Http.get(base(), "/").text().contains("<p class=\"mine\">three: p99 latency</p>"));

            Files.delete(site.resolve("templates/partials/metric.jte"));
            events.next("reload");
            assertTrue(Http.get(base(), "/").text().contains("class=\"metric\""), "back to the theme's");
        }
    }

    @Test
    void aSiteThatDoesNotBuildYetIsServedOnceFixed() throws Exception {
        site(Map.of("content/profile.yml", BROKEN_PROFILE));
        start();
        assertEquals(List.of("failed [] [content/profile.yml:5:16: work[0].startDate \"2020-13\" is not a date; use "
                + "YYYY-MM or YYYY]"), recorder.await(1));
        Http.Response placeholder = Http.get(base(), "/");
        assertEquals(503, placeholder.status());
        assertTrue(placeholder.text().contains(ReloadTag.TAG));
        try (EventStream events = new EventStream(base())) {
            events.next("hello");
            assertTrue(events.next("problems").data().startsWith("{\"title\":\"Build failed in load with 1 problem.\""));
            write("content/profile.yml", TestSites.MINIMAL_PROFILE);
            events.next("fixed");
            events.next("reload");
            assertEquals(200, Http.get(base(), "/").status());
        }
    }

    @Test
    void closedEventStreamsAreDropped() throws Exception {
        site(Map.of());
        start(DevServer.QUIET, Duration.ofMillis(50));
        EventStream a = new EventStream(base());
        EventStream b = new EventStream(base());
        a.next("hello");
        b.next("hello");
        assertEquals(2, server.clients());
        a.close();
        b.close();
        await(() -> server.clients() == 0, "both streams to be dropped");
    }

    @Test
    void openConnectionsAndEventStreamsDoNotHoldAThreadEach() throws Exception {
        site(Map.of());
        start();
        Http.get(base(), "/");
        long before = serverThreads();
        List<Socket> idle = new ArrayList<>();
        List<EventStream> pages = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                Socket socket = new Socket(base().getHost(), base().getPort());
                idle.add(socket);
                socket.setSoTimeout(20_000);
                Http.keptAlive(socket.getOutputStream(), socket.getInputStream(), "/assets/site.css");
            }
            for (int i = 0; i < 60; i++) {
                EventStream page = new EventStream(base());
                pages.add(page);
                page.next("hello");
            }
            long grown = serverThreads() - before;
            assertTrue(grown < DevServer.THREADS + 10, "200 kept-alive connections and 60 event streams: "
                    + grown + " more threads; the pool has " + DevServer.THREADS);
            write("content/profile.yml", TestSites.MINIMAL_PROFILE.replace("Sam Example", "Sam Busy"));
            for (EventStream page : pages) {
                page.next("reload");
            }
            assertTrue(Http.get(base(), "/").text().contains("Sam Busy"));
        } finally {
            pages.forEach(EventStream::close);
            for (Socket socket : idle) {
                socket.close();
            }
        }
    }

    /** The live threads of this JVM but the tests' own event-stream readers. */
    static long serverThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && !t.getName().equals(EventStream.READER)).count();
    }

    @Test
    void closeStopsServingAndWatching() throws Exception {
        site(Map.of());
        start();
        URI address = base();
        EventStream events = new EventStream(address);
        events.next("hello");
        long start = System.nanoTime();
        server.close();
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 3000, "stops promptly");
        assertThrows(ConnectException.class, () -> new Socket(address.getHost(), address.getPort()).close());
        events.close();
        write("content/profile.yml", TestSites.MINIMAL_PROFILE.replace("Sam", "Kim"));
        Thread.sleep(200);
        assertEquals(1, server.builds());
        server.close();
    }

}
