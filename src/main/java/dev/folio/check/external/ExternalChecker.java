package dev.folio.check.external;

import dev.folio.check.CheckConfig;
import dev.folio.check.CheckProblem;
import dev.folio.check.ExternalRef;
import dev.folio.check.Kind;
import dev.folio.check.Severity;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Checks the external links of a site online, each distinct URL once: concurrently over hosts, a few at a
 * time and spaced out per host, with the rules of {@link Probe}; successes are cached on disk.
 */
public final class ExternalChecker {

    /**
     * @param checked distinct URLs whose state is known (asked now or found fresh in the cache)
     * @param fromCache how many of those came from the cache
     * @param skipped distinct URLs left out by the include/exclude patterns
     * @param problems one per place of every URL that failed, at its kind's severity (ignored kinds left out)
     */
    public record Result(int checked, int fromCache, int skipped, List<CheckProblem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }
    }

    private final ExternalOptions options;
    private final Clock clock;
    private final UrlGlob patterns;

    public ExternalChecker(ExternalOptions options, Clock clock) {
        this.options = Objects.requireNonNull(options, "options");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.patterns = new UrlGlob(options.include(), options.exclude());
    }

    /** @throws IOException when the cache cannot be written */
    public Result check(List<ExternalRef> refs, CheckConfig config) throws IOException, InterruptedException {
        Map<String, List<ExternalRef>> byUrl = new TreeMap<>();
        Map<String, Outcome> outcomes = new LinkedHashMap<>();
        Map<String, URI> toAsk = new TreeMap<>();
        int skipped = 0;
        for (ExternalRef ref : refs) {
            String key;
            URI uri = null;
            try {
                uri = WebAddress.of(ref.url());
                key = uri.toString();
            } catch (IllegalArgumentException e) {
                key = ref.url();
                outcomes.put(key, Outcome.broken("not a valid web address; check it for typos"));
            }
            if (!byUrl.containsKey(key) && uri != null) {
                if (patterns.accepts(key)) {
                    toAsk.put(key, uri);
                } else {
                    skipped++;
                }
            }
            byUrl.computeIfAbsent(key, k -> new ArrayList<>()).add(ref);
        }
        LinkCache cache = LinkCache.load(options.cacheFile(), clock, options.cacheMaxAge());
        int fromCache = 0;
        for (var it = toAsk.entrySet().iterator(); it.hasNext(); ) {
            String url = it.next().getKey();
            if (cache.fresh(url)) {
                outcomes.put(url, Outcome.ok());
                fromCache++;
                it.remove();
            }
        }
        Map<String, Outcome> asked = ask(toAsk);
        asked.forEach((url, outcome) -> {
            if (outcome.verdict() == Outcome.Verdict.OK) {
                cache.remember(url);
            }
        });
        outcomes.putAll(asked);
        cache.save();
        List<CheckProblem> problems = new ArrayList<>();
        outcomes.forEach((url, outcome) -> {
            Kind kind = switch (outcome.verdict()) {
                case OK -> null;
                case BROKEN -> Kind.EXTERNAL_BROKEN;
                case UNREACHABLE -> Kind.EXTERNAL_UNREACHABLE;
                case BLOCKED -> Kind.EXTERNAL_BLOCKED;
            };
            Severity severity = kind == null ? Severity.IGNORE : config.severity(kind);
            if (severity != Severity.IGNORE) {
                for (ExternalRef ref : byUrl.get(url)) {
                    problems.add(new CheckProblem(ref.page(), ref.line(), ref.column(), kind, severity,
                            ref.attribute(), ref.url(), outcome.message()));
                }
            }
        });
        return new Result(fromCache + asked.size(), fromCache, skipped, problems);
    }

    /** Asks every URL, host by host; at most {@code perHostConcurrency} workers drain one host's lane. */
    private Map<String, Outcome> ask(Map<String, URI> urls) throws InterruptedException {
        if (urls.isEmpty()) {
            return Map.of();
        }
        Map<String, HostLane> lanes = new TreeMap<>();
        for (URI uri : urls.values()) {
            lanes.computeIfAbsent(uri.getHost().toLowerCase(Locale.ROOT) + ":" + uri.getPort(),
                    h -> new HostLane(options.perHostDelay())).add(uri);
        }
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(options.connectTimeout())
                .version(HttpClient.Version.HTTP_1_1)
                .build();
        Probe probe = new Probe(client, options, clock);
        Map<String, Outcome> results = new ConcurrentHashMap<>();
        int workers = lanes.values().stream().mapToInt(l -> Math.min(l.size(), options.perHostConcurrency())).sum();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(workers, options.concurrency()), runnable -> {
            Thread thread = new Thread(runnable, "folio-link-check");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> running = new ArrayList<>();
            for (HostLane lane : lanes.values()) {
                for (int i = Math.min(lane.size(), options.perHostConcurrency()); i > 0; i--) {
                    running.add(pool.submit(() -> drain(lane, probe, results)));
                }
            }
            for (Future<?> future : running) {
                future.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("external check failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return results;
    }

    private static Void drain(HostLane lane, Probe probe, Map<String, Outcome> results) throws InterruptedException {
        for (URI uri = lane.poll(); uri != null; uri = lane.poll()) {
            Outcome outcome;
            try {
                outcome = probe.check(uri, lane);
            } catch (RuntimeException e) {
                outcome = Outcome.unreachable("could not be checked: " + e);
            }
            results.put(uri.toString(), outcome);
        }
        return null;
    }
}
