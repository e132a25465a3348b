package dev.folio.check.external;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLException;

/**
 * Checks one URL: HEAD first, GET when HEAD is refused; redirects followed here (with loop and length
 * limits); timeouts, refused connections, 5xx and 429 retried with backoff, honouring a capped Retry-After.
 */
final class Probe {

    /** Statuses with which sites turn away automated checkers; the link may well work in a browser. */
    private static final int BLOCKED_STATUS = 999;

    private final HttpClient client;
    private final ExternalOptions options;
    private final Clock clock;

    Probe(HttpClient client, ExternalOptions options, Clock clock) {
        this.client = client;
        this.options = options;
        this.clock = clock;
    }

    /** The final answer of a chain of redirects, or why there was none. */
    private record Answer(int status, HttpResponse<?> response, Outcome failure, boolean retryable) {

        static Answer of(HttpResponse<?> response) {
            return new Answer(response.statusCode(), response, null, false);
        }

        static Answer failed(Outcome failure, boolean retryable) {
            return new Answer(0, null, failure, retryable);
        }
    }

    Outcome check(URI uri, HostLane lane) throws InterruptedException {
        boolean get = false;
        int attempts = 0;
        while (true) {
            attempts++;
            Answer answer = follow(uri, get, lane);
            if (answer.failure() != null) {
                if (!answer.retryable() || attempts > options.retries()) {
                    return attempts > 1 ? withAttempts(answer.failure(), attempts) : answer.failure();
                }
                pause(backoff(attempts));
                continue;
            }
            int status = answer.status();
            if (!get && status >= 400 && status != 429) {
                get = true; // HEAD refused (405, 501, ...) or unreliable: ask again with GET, not counted as a retry
                attempts--;
                continue;
            }
            if (status >= 200 && status < 300) {
                return Outcome.ok();
            }
            if (status == BLOCKED_STATUS || answer.response().headers().firstValue("cf-mitigated").isPresent()) {
                return Outcome.blocked("the site refuses automated checks (status " + status
                        + "); not verified, open it in a browser or exclude it");
            }
            if (status == 429) {
                if (attempts > options.retries()) {
                    return Outcome.blocked("rate limited (status 429) after " + attempts + " attempts; not verified");
                }
                pause(retryAfter(answer.response()).orElse(backoff(attempts)));
                continue;
            }
            if (status >= 500) {
                if (attempts > options.retries()) {
                    return Outcome.unreachable("server error: status " + status + " after " + attempts + " attempts");
                }
                pause(backoff(attempts));
                continue;
            }
            if (status >= 300 && status < 400) {
                return Outcome.broken("redirect (status " + status + ") without a Location header");
            }
            return Outcome.broken(statusText(status));
        }
    }

    private Answer follow(URI start, boolean get, HostLane lane) throws InterruptedException {
        List<URI> chain = new ArrayList<>();
        chain.add(start);
        URI current = start;
        while (true) {
            lane.awaitTurn();
            HttpResponse<?> response;
            try {
                response = send(current, get);
            } catch (IOException e) {
                return failure(e);
            }
            int status = response.statusCode();
            Optional<String> location = response.headers().firstValue("location");
            if (!isRedirect(status) || location.isEmpty()) {
                return Answer.of(response);
            }
            URI next;
            try {
                next = WebAddress.of(current.resolve(WebAddress.encode(location.get())).toString());
            } catch (IllegalArgumentException e) {
                return Answer.failed(Outcome.broken("redirects to \"" + location.get() + "\", which is not an http(s)"
                        + " address"), false);
            }
            if (chain.contains(next)) {
                chain.add(next);
                return Answer.failed(Outcome.broken("redirect loop: " + String.join(" → ",
                        chain.stream().map(URI::toString).toList())), false);
            }
            if (chain.size() > options.maxRedirects()) {
                return Answer.failed(Outcome.broken("more than " + options.maxRedirects() + " redirects, from "
                        + start + " to " + next), false);
            }
            chain.add(next);
            current = next;
        }
    }

    private HttpResponse<?> send(URI uri, boolean get) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri)
                .timeout(options.requestTimeout())
                .header("User-Agent", options.userAgent())
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        if (!get) {
            return client.send(request.method("HEAD", HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        HttpResponse<InputStream> response = client.send(request.GET().build(),
                HttpResponse.BodyHandlers.ofInputStream());
        response.body().close(); // the status is all that is needed
        return response;
    }

    private Answer failure(IOException e) {
        if (e instanceof HttpConnectTimeoutException) {
            return Answer.failed(Outcome.unreachable("no connection within " + shown(options.connectTimeout())), true);
        }
        if (e instanceof HttpTimeoutException) {
            return Answer.failed(Outcome.unreachable("no answer within " + shown(options.requestTimeout())), true);
        }
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
                return Answer.failed(Outcome.broken("host not found"), false);
            }
            if (t instanceof SSLException) {
                return Answer.failed(Outcome.broken("secure connection failed: " + t.getMessage()), false);
            }
        }
        if (e instanceof ConnectException) {
            return Answer.failed(Outcome.unreachable("connection refused"), true);
        }
        return Answer.failed(Outcome.unreachable("connection failed: " + (e.getMessage() == null
                ? e.getClass().getSimpleName() : e.getMessage())), true);
    }

    private static Outcome withAttempts(Outcome outcome, int attempts) {
        return new Outcome(outcome.verdict(), outcome.message() + " (" + attempts + " attempts)");
    }

    /** Retry-After in seconds or as an HTTP date, capped at {@link ExternalOptions#maxRetryAfter}. */
    Optional<Duration> retryAfter(HttpResponse<?> response) {
        Optional<String> value = response.headers().firstValue("retry-after").map(String::strip);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Duration wait;
        try {
            wait = Duration.ofSeconds(Long.parseLong(value.get()));
        } catch (NumberFormatException e) {
            try {
                ZonedDateTime at = ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME);
                wait = Duration.between(clock.instant(), at.toInstant());
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
        if (wait.isNegative()) {
            wait = Duration.ZERO;
        }
        return Optional.of(wait.compareTo(options.maxRetryAfter()) > 0 ? options.maxRetryAfter() : wait);
    }

    private Duration backoff(int attempt) {
        return options.backoff().multipliedBy(1L << Math.min(attempt - 1, 16));
    }

    private static void pause(Duration wait) throws InterruptedException {
        TimeUnit.NANOSECONDS.sleep(wait.toNanos());
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    private static String statusText(int status) {
        return switch (status) {
            case 404 -> "not found (status 404)";
            case 410 -> "gone (status 410): the page was removed";
            case 401 -> "needs a login (status 401)";
            case 403 -> "forbidden (status 403)";
            default -> "status " + status;
        };
    }

    /** "250 ms", "2 s", "1.5 s". */
    static String shown(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }
}
