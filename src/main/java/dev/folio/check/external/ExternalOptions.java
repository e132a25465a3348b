package dev.folio.check.external;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How external links are checked. Every wait is a setting, so tests run with milliseconds.
 *
 * @param connectTimeout longest wait for a connection
 * @param requestTimeout longest wait for a response's status line and headers
 * @param retries further attempts after a timeout, a refused connection, a 5xx or a 429
 * @param backoff wait before the first retry; doubled before each further one
 * @param maxRetryAfter the longest {@code Retry-After} of a 429 that is honoured (longer ones are cut to this)
 * @param maxRedirects redirects followed before giving up
 * @param concurrency requests in flight at once, over all hosts
 * @param perHostConcurrency requests in flight at once to one host
 * @param perHostDelay least time between the starts of two requests to one host
 * @param include globs; when not empty, only URLs matching one of them are checked
 * @param exclude globs; URLs matching one of them are not checked
 * @param cacheFile where results are remembered between runs (only successes), or empty for no cache
 * @param cacheMaxAge how long a remembered success is trusted
 * @param userAgent the User-Agent header sent
 */
public record ExternalOptions(Duration connectTimeout, Duration requestTimeout, int retries, Duration backoff,
        Duration maxRetryAfter, int maxRedirects, int concurrency, int perHostConcurrency, Duration perHostDelay,
        List<String> include, List<String> exclude, Optional<Path> cacheFile, Duration cacheMaxAge,
        String userAgent) {

    public static final String USER_AGENT = "Mozilla/5.0 (compatible; folio-link-check/0.1)";

    public ExternalOptions {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        Objects.requireNonNull(backoff, "backoff");
        Objects.requireNonNull(maxRetryAfter, "maxRetryAfter");
        Objects.requireNonNull(perHostDelay, "perHostDelay");
        Objects.requireNonNull(cacheFile, "cacheFile");
        Objects.requireNonNull(cacheMaxAge, "cacheMaxAge");
        Objects.requireNonNull(userAgent, "userAgent");
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        if (retries < 0 || maxRedirects < 0 || concurrency < 1 || perHostConcurrency < 1) {
            throw new IllegalArgumentException("retries and maxRedirects must be >= 0, concurrency limits >= 1");
        }
        if (connectTimeout.isNegative() || connectTimeout.isZero() || requestTimeout.isNegative()
                || requestTimeout.isZero()) {
            throw new IllegalArgumentException("timeouts must be positive");
        }
    }

    /** 10 s to connect, 15 s for an answer, 2 retries from 1 s, Retry-After up to 60 s, 10 redirects,
     * 16 requests at once and 2 per host 250 ms apart, no cache, successes trusted for 24 hours. */
    public static ExternalOptions defaults() {
        return new ExternalOptions(Duration.ofSeconds(10), Duration.ofSeconds(15), 2, Duration.ofSeconds(1),
                Duration.ofSeconds(60), 10, 16, 2, Duration.ofMillis(250), List.of(), List.of(), Optional.empty(),
                Duration.ofHours(24), USER_AGENT);
    }

    public ExternalOptions withTimeouts(Duration connect, Duration request) {
        return new ExternalOptions(connect, request, retries, backoff, maxRetryAfter, maxRedirects, concurrency,
                perHostConcurrency, perHostDelay, include, exclude, cacheFile, cacheMaxAge, userAgent);
    }

    public ExternalOptions withRetries(int count, Duration firstBackoff, Duration retryAfterCap) {
        return new ExternalOptions(connectTimeout, requestTimeout, count, firstBackoff, retryAfterCap, maxRedirects,
                concurrency, perHostConcurrency, perHostDelay, include, exclude, cacheFile, cacheMaxAge, userAgent);
    }

    public ExternalOptions withMaxRedirects(int count) {
        return new ExternalOptions(connectTimeout, requestTimeout, retries, backoff, maxRetryAfter, count,
                concurrency, perHostConcurrency, perHostDelay, include, exclude, cacheFile, cacheMaxAge, userAgent);
    }

    public ExternalOptions withConcurrency(int total, int perHost, Duration hostDelay) {
        return new ExternalOptions(connectTimeout, requestTimeout, retries, backoff, maxRetryAfter, maxRedirects,
                total, perHost, hostDelay, include, exclude, cacheFile, cacheMaxAge, userAgent);
    }

    public ExternalOptions withPatterns(List<String> includeGlobs, List<String> excludeGlobs) {
        return new ExternalOptions(connectTimeout, requestTimeout, retries, backoff, maxRetryAfter, maxRedirects,
                concurrency, perHostConcurrency, perHostDelay, includeGlobs, excludeGlobs, cacheFile, cacheMaxAge,
                userAgent);
    }

    public ExternalOptions withCache(Optional<Path> file, Duration maxAge) {
        return new ExternalOptions(connectTimeout, requestTimeout, retries, backoff, maxRetryAfter, maxRedirects,
                concurrency, perHostConcurrency, perHostDelay, include, exclude, file, maxAge, userAgent);
    }
}
