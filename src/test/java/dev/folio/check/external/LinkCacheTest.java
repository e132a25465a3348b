package dev.folio.check.external;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.folio.check.CheckConfig;
import dev.folio.check.ExternalRef;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Successes are remembered for the maximum age; failures never are. */
class LinkCacheTest {

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = LocalServer.NOW;

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @TempDir
    Path dir;
    LocalServer server;

    @BeforeEach
    void start() throws IOException {
        server = new LocalServer();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void successesAreTrustedUntilTheyAreTooOld() throws Exception {
        Path cache = dir.resolve("target/.folio-link-cache.json");
        HandClock clock = new HandClock();
        ExternalOptions options = ExternalCheckerTest.FAST.withCache(Optional.of(cache), Duration.ofHours(24));
        List<ExternalRef> refs = List.of(new ExternalRef("index.html", 1, 1, "href", server.url("/ok")),
                new ExternalRef("index.html", 2, 1, "href", server.url("/missing")));

        ExternalChecker.Result first = new ExternalChecker(options, clock).check(refs, CheckConfig.defaults());
        assertEquals(1, first.problems().size());
        assertEquals(0, first.fromCache());
        assertEquals("""
                {
                  "version" : 1,
                  "ok" : {
                    "%s" : "2026-03-01T12:00:00Z"
                  }
                }
                """.formatted(server.url("/ok")), Files.readString(cache));

        clock.now = LocalServer.NOW.plus(Duration.ofHours(23));
        ExternalChecker.Result second = new ExternalChecker(options, clock).check(refs, CheckConfig.defaults());
        assertEquals(1, second.problems().size(), "a failure is asked again");
        assertEquals(1, second.fromCache());
        assertEquals(2, second.checked());
        assertEquals(List.of("HEAD /ok"), server.requestsTo("/ok"));
        assertEquals(List.of("HEAD /missing", "GET /missing", "HEAD /missing", "GET /missing"),
                server.requestsTo("/missing"));

        clock.now = LocalServer.NOW.plus(Duration.ofHours(25));
        ExternalChecker.Result third = new ExternalChecker(options, clock).check(refs, CheckConfig.defaults());
        assertEquals(0, third.fromCache());
        assertEquals(List.of("HEAD /ok", "HEAD /ok"), server.requestsTo("/ok"));
        assertEquals(1, third.problems().size());
        assertEquals("""
                {
                  "version" : 1,
                  "ok" : {
                    "%s" : "2026-03-02T13:00:00Z"
                  }
                }
                """.formatted(server.url("/ok")), Files.readString(cache));
    }

    @Test
    void aDamagedOrForeignCacheIsStartedAfresh() throws Exception {
        Path cache = dir.resolve("cache.json");
        ExternalOptions options = ExternalCheckerTest.FAST.withCache(Optional.of(cache), Duration.ofHours(24));
        List<ExternalRef> refs = List.of(new ExternalRef("index.html", 1, 1, "href", server.url("/ok")));
        for (String content : List.of("{not json", "{\"version\": 7, \"ok\": {}}", "[]",
                "{\"version\": 1, \"ok\": {\"" + server.url("/ok") + "\": \"yesterday\"}}")) {
            Files.writeString(cache, content);
            ExternalChecker.Result result = new ExternalChecker(options, new HandClock())
                    .check(refs, CheckConfig.defaults());
            assertEquals(0, result.fromCache(), content);
            assertEquals(List.of(), result.problems());
        }
        assertEquals(4, server.requestsTo("/ok").size());
    }

    @Test
    void aCacheFromTheFutureIsNotTrusted() throws Exception {
        Path cache = dir.resolve("cache.json");
        Files.writeString(cache, "{\"version\": 1, \"ok\": {\"" + server.url("/ok") + "\": \"2030-01-01T00:00:00Z\"}}");
        ExternalOptions options = ExternalCheckerTest.FAST.withCache(Optional.of(cache), Duration.ofHours(24));
        ExternalChecker.Result result = new ExternalChecker(options, new HandClock()).check(
                List.of(new ExternalRef("index.html", 1, 1, "href", server.url("/ok"))), CheckConfig.defaults());
        assertEquals(0, result.fromCache());
    }
}
