package dev.folio.check.external;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.check.CheckConfig;
import dev.folio.check.CheckProblem;
import dev.folio.check.ExternalRef;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every answer a checker meets on the web, from a real server on 127.0.0.1. */
class ExternalCheckerTest {

    LocalServer server;
    static final Clock CLOCK = Clock.fixed(LocalServer.NOW, ZoneOffset.UTC);

    /** Short waits: 300 ms for an answer, one retry 10 ms later, Retry-After cut to 150 ms, 3 redirects. */
    static final ExternalOptions FAST = ExternalOptions.defaults()
            .withTimeouts(Duration.ofMillis(500), Duration.ofMillis(300))
            .withRetries(1, Duration.ofMillis(10), Duration.ofMillis(150))
            .withMaxRedirects(3)
            .withConcurrency(16, 4, Duration.ZERO);

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static List<ExternalRef> refs(String... urls) {
        List<ExternalRef> refs = new ArrayList<>();
        for (int i = 0; i < urls.length; i++) {
            refs.add(new ExternalRef("index.html", i + 1, 1, "href", urls[i]));
        }
        return refs;
    }

    private static List<String> lines(ExternalChecker.Result result) {
        return result.problems().stream().sorted().map(p -> p.severity().label() + ": " + p.format()).toList();
    }

    @Test
    void everyKindOfAnswer() throws Exception {
        int closed = LocalServer.closedPort();
        String s = server.url("");
        List<ExternalRef> refs = refs(
                s + "/ok", s + "/chain/1", s + "/loop/a", s + "/far/0", s + "/missing", s + "/gone",
                s + "/busy", s + "/busy-always", s + "/flaky", s + "/down", s + "/linkedin", s + "/hang",
                s + "/head-refused", s + "/head-501", s + "/no-location",
                "http://127.0.0.1:" + closed + "/", "http://exa mple.com/", s + "/ok#section");

        ExternalChecker.Result result = new ExternalChecker(FAST, CLOCK).check(refs, CheckConfig.defaults());

        assertEquals(List.of(
                "error: index.html:3:1: href \"" + s + "/loop/a\": redirect loop: " + s + "/loop/a → " + s
                        + "/loop/b → " + s + "/loop/a [external-broken]",
                "error: index.html:4:1: href \"" + s + "/far/0\": more than 3 redirects, from " + s + "/far/0 to "
                        + s + "/far/4 [external-broken]",
                "error: index.html:5:1: href \"" + s + "/missing\": not found (status 404) [external-broken]",
                "error: index.html:6:1: href \"" + s + "/gone\": gone (status 410): the page was removed"
                        + " [external-broken]",
                "warning: index.html:8:1: href \"" + s + "/busy-always\": rate limited (status 429) after 2 attempts;"
                        + " not verified [external-blocked]",
                "error: index.html:10:1: href \"" + s + "/down\": server error: status 503 after 2 attempts"
                        + " [external-unreachable]",
                "warning: index.html:11:1: href \"" + s + "/linkedin\": the site refuses automated checks"
                        + " (status 999); not verified, open it in a browser or exclude it [external-blocked]",
                "error: index.html:12:1: href \"" + s + "/hang\": no answer within 300 ms (2 attempts)"
                        + " [external-unreachable]",
                "error: index.html:15:1: href \"" + s + "/no-location\": redirect (status 302) without a Location"
                        + " header [external-broken]",
                "error: index.html:16:1: href \"http://127.0.0.1:" + closed + "/\": connection refused (2 attempts)"
                        + " [external-unreachable]",
                "error: index.html:17:1: href \"http://exa mple.com/\": not a valid web address; check it for typos"
                        + " [external-broken]"),
                lines(result));
        assertEquals(16, result.checked()); // "/ok" and "/ok#section" are one URL; the invalid one is not asked
        assertEquals(0, result.fromCache());

        assertEquals(List.of("HEAD /head-refused", "GET /head-refused"), server.requestsTo("/head-refused"));
        assertEquals(List.of("HEAD /head-501", "GET /head-501"), server.requestsTo("/head-501"));
        assertEquals(List.of("HEAD /flaky", "GET /flaky", "GET /flaky"), server.requestsTo("/flaky"));
        assertEquals(List.of("HEAD /missing", "GET /missing"), server.requestsTo("/missing"));
        assertEquals(List.of("HEAD /ok"), server.requestsTo("/ok"));
        assertEquals(List.of("HEAD /chain/1"), server.requestsTo("/chain/1"));
        assertEquals(List.of("HEAD /chain/3"), server.requestsTo("/chain/3"));
        assertEquals(List.of("HEAD /chain/final"), server.requestsTo("/chain/final"));
        assertEquals(List.of("HEAD /busy", "HEAD /busy"), server.requestsTo("/busy"));
        assertEquals(List.of("HEAD /busy-always", "HEAD /busy-always"), server.requestsTo("/busy-always"));
        assertEquals(List.of("HEAD /down", "GET /down", "GET /down"), server.requestsTo("/down"));
        assertEquals(List.of("HEAD /linkedin", "GET /linkedin"), server.requestsTo("/linkedin"));
        assertEquals(List.of("HEAD /loop/a", "HEAD /loop/b"), server.requests().stream()
                .filter(r -> r.path().startsWith("/loop/")).map(Object::toString).toList());
        assertEquals(List.of("HEAD /far/0", "HEAD /far/1", "HEAD /far/2", "HEAD /far/3"), server.requests().stream()
                .filter(r -> r.path().startsWith("/far/")).map(Object::toString).toList());
    }

    @Test
    void retryAfterIsHonouredUpToItsCap() throws Exception {
        String s = server.url("");
        ExternalOptions patient = FAST.withRetries(1, Duration.ofMillis(10), Duration.ofMillis(400));

        ExternalChecker.Result result = new ExternalChecker(patient, CLOCK)
                .check(refs(s + "/busy-date"), CheckConfig.defaults());

        assertEquals(List.of(), lines(result));
        List<LocalServer.Request> asked = server.requests().stream()
                .filter(r -> r.path().equals("/busy-date")).toList();
        assertEquals(2, asked.size());
        long gapMillis = (asked.get(1).nanos() - asked.get(0).nanos()) / 1_000_000;
        // Retry-After is an HTTP date an hour after the clock: it is cut to 400 ms, not the 10 ms backoff
        assertTrue(gapMillis >= 300 && gapMillis < 3000, gapMillis + " ms");
    }

    @Test
    void aHostIsAskedAFewAtATimeAndSpacedOut() throws Exception {
        String s = server.url("");
        List<ExternalRef> slow = refs(s + "/slow/1", s + "/slow/2", s + "/slow/3", s + "/slow/4", s + "/slow/5",
                s + "/slow/6");
        new ExternalChecker(FAST.withConcurrency(16, 2, Duration.ZERO), CLOCK).check(slow, CheckConfig.defaults());
        assertEquals(2, server.maxInFlight());

        new ExternalChecker(FAST.withConcurrency(16, 1, Duration.ofMillis(100)), CLOCK)
                .check(refs(s + "/ok/1", s + "/ok/2", s + "/ok/3"), CheckConfig.defaults());
        List<Long> starts = server.requests().stream().filter(r -> r.path().startsWith("/ok/"))
                .map(LocalServer.Request::nanos).toList();
        assertEquals(3, starts.size());
        // arrival times jitter on a busy machine; the spacing shows in the span of all three
        long span = (starts.get(starts.size() - 1) - starts.get(0)) / 1_000_000;
        assertTrue(span >= 150, "three requests to one host, 100 ms apart, span at least 150 ms, was " + span + " ms");
    }

    @Test
    void includeAndExcludePatternsAreGlobsOverTheWholeUrl() throws Exception {
        String s = server.url("");
        ExternalOptions options = FAST.withPatterns(List.of("http://127.0.0.1:*/*"), List.of("*/missing", "*/GONE*"));

        ExternalChecker.Result result = new ExternalChecker(options, CLOCK).check(
                refs(s + "/missing", s + "/gone", s + "/ok", "https://other.example.com/x"), CheckConfig.defaults());

        assertEquals(List.of(), lines(result));
        assertEquals(3, result.skipped());
        assertEquals(1, result.checked());
    }

    @Test
    void severitiesApplyToExternalKinds() throws Exception {
        String s = server.url("");
        CheckConfig config = CheckConfig.of(Map.of("external-broken", "warn", "external-blocked", "ignore"));

        ExternalChecker.Result result = new ExternalChecker(FAST, CLOCK)
                .check(refs(s + "/missing", s + "/linkedin"), config);

        assertEquals(List.of("warning: index.html:1:1: href \"" + s + "/missing\": not found (status 404)"
                + " [external-broken]"), lines(result));
        assertTrue(result.problems().stream().noneMatch(CheckProblem::isError));
    }

    @Test
    void noCacheFileByDefault() {
        assertEquals(Optional.empty(), ExternalOptions.defaults().cacheFile());
    }
}
