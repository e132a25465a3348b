package dev.folio.serve;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpServer;
import dev.folio.build.BuildFailure;
import dev.folio.problem.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code folio serve}: builds a site in memory, serves it on 127.0.0.1, watches its sources and
 * rebuilds on every change. Open pages reload (or swap their stylesheets) after each good build
 * and show the problems of a failed one over the last good site.
 */
public final class DevServer implements AutoCloseable {

    /** How long the files must be quiet before a burst of saves is rebuilt, once. */
    public static final Duration QUIET = Duration.ofMillis(20);

    static final Duration HEARTBEAT = Duration.ofSeconds(15);
    static final int MAX_CLIENTS = 64;
    /** Threads answering requests; a connection between requests, and an event stream, holds none. */
    static final int THREADS = Math.min(16, Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
    /** Unseen renders after starting: about a second of work for the sample site on an idle laptop. */
    static final int WARM_UP = 100;

    static {
        HttpSettings.apply();
    }

    private final ServeListener listener;
    private final Rebuilder rebuilder;
    private final EventHub hub;
    private final Watcher watcher;
    private final String serverId;
    private final AtomicInteger builds = new AtomicInteger();
    private volatile Snapshot snapshot;
    private volatile boolean closed;
    private HttpServer http;
    private ExecutorService executor;
    private long generation;
    private final int warmUps;
    private volatile int warmed;

    private DevServer(Path source, Optional<String> theme, ServeListener listener, Duration quiet, Duration heartbeat,
            int warmUps) throws IOException {
        this.listener = listener;
        this.warmUps = warmUps;
        this.rebuilder = new Rebuilder(source, theme);
        this.hub = new EventHub(heartbeat, MAX_CLIENTS);
        this.serverId = Long.toString(ProcessHandle.current().pid(), 36) + "." + Long.toString(System.nanoTime(), 36);
        this.snapshot = Snapshot.empty(serverId + "-0");
        this.watcher = new Watcher(source, quiet, this::changed, this::warmUp);
    }

    /**
     * Takes 127.0.0.1:{@code port} (0: any free port), builds {@code source} (reporting to
     * {@code listener}, failed or not), then serves it and starts watching.
     *
     * @throws java.net.BindException when the port is taken
     */
    public static DevServer start(Path source, int port, Optional<String> theme, ServeListener listener)
            throws IOException {
        return start(source, port, theme, listener, QUIET, HEARTBEAT, WARM_UP);
    }

    static DevServer start(Path source, int port, Optional<String> theme, ServeListener listener, Duration quiet,
            Duration heartbeat, int warmUps) throws IOException {
        DevServer server = new DevServer(source.toAbsolutePath().normalize(), theme, listener, quiet, heartbeat,
                warmUps);
        try {
            server.bind(port);
            server.firstBuild();
        } catch (IOException | RuntimeException e) {
            server.close();
            throw e;
        }
        server.http.start();
        server.watcher.start();
        return server;
    }

    /** http://127.0.0.1:PORT/ */
    public URI address() {
        InetSocketAddress at = http.getAddress();
        return URI.create("http://" + at.getAddress().getHostAddress() + ":" + at.getPort() + "/");
    }

    /** Unseen warm-up renders so far. */
    int warmed() {
        return warmed;
    }

    /** Builds so far, good or failed, the first one included. */
    int builds() {
        return builds.get();
    }

    int clients() {
        return hub.clientCount();
    }

    int watchedFolders() {
        return watcher.folderCount();
    }

    private void firstBuild() {
        run(List.of(), () -> Optional.of(rebuilder.full()));
    }

    /** Takes the port (so that a busy one fails before building); requests wait until {@code http.start()}. */
    private void bind(int port) throws IOException {
        executor = Executors.newFixedThreadPool(THREADS, task -> {
            Thread thread = new Thread(task, "folio-http");
            thread.setDaemon(true);
            return thread;
        });
        http = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), port), 0);
        HttpContext site = http.createContext("/", new SiteHandler(() -> snapshot, hub, script()));
        site.getFilters().add(SecurityHeaders.FILTER);
        http.setExecutor(executor);
    }

    /**
     * On the watcher's thread until the first change: renders the site again, unseen, so that the
     * JIT has compiled the build before the first save (the first rebuilds of a cold JVM take
     * several times longer). Stops after {@link #WARM_UP} renders or at the first change.
     */
    private boolean warmUp() {
        return !closed && warmed++ < warmUps && rebuilder.rehearse();
    }

    /** On the watcher's thread: one burst of changes. */
    private void changed(Changes changes) {
        if (!closed) {
            List<String> shown = changes.relevant().isEmpty() ? List.of("many files") : changes.relevant();
            run(shown, () -> rebuilder.apply(changes));
        }
    }

    private void run(List<String> changed, java.util.function.Supplier<Optional<Rebuilder.Result>> build) {
        long start = System.nanoTime();
        try {
            Optional<Rebuilder.Result> result = build.get();
            if (result.isEmpty()) {
                return;
            }
            builds.incrementAndGet();
            Snapshot before = snapshot;
            Snapshot next = Snapshot.of(result.get().files(), serverId + "-" + (++generation), result.get().basePath());
            List<EventHub.Event> events = new ArrayList<>();
            if (before.problems().isPresent()) {
                events.add(new EventHub.Event("fixed", "{}"));
            }
            String data = "{\"id\":" + Json.string(next.id()) + "}";
            boolean swapStyles = result.get().stylesOnly() && before.built() && before.problems().isEmpty();
            events.add(new EventHub.Event(swapStyles ? "css" : "reload", data));
            hub.publish(() -> snapshot = next, events);
            listener.built(changed, millis(start), next.pages());
        } catch (BuildFailure failure) {
            builds.incrementAndGet();
            int n = failure.problems().size();
            String title = (snapshot.built() ? "Rebuild" : "Build") + " failed in " + failure.phase().label()
                    + " with " + n + (n == 1 ? " problem" : " problems")
                    + (snapshot.built() ? "; the page below is the last good build." : ".");
            report(new Snapshot.Report(title, failure.problems().stream().map(Problem::format).toList()));
            listener.failed(changed, millis(start), failure);
        } catch (RuntimeException e) {
            builds.incrementAndGet();
            report(new Snapshot.Report("folio failed unexpectedly; this is a bug in folio.", List.of(e.toString())));
            listener.crashed(changed, e);
        }
    }

    private void report(Snapshot.Report report) {
        Snapshot next = snapshot.failed(report);
        hub.publish(() -> snapshot = next, List.of(new EventHub.Event("problems", report.json())));
    }

    private static long millis(long start) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    private static byte[] script() {
        try (InputStream in = DevServer.class.getResourceAsStream("reload.js")) {
            if (in == null) {
                throw new IllegalStateException("folio is missing dev/folio/serve/reload.js");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stops watching, ends the event streams, stops the server and drops the compiled templates. */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        watcher.close();
        // ends the event streams; HttpServer.stop(n) of JDK 17 waits the whole n seconds, so then stop at once
        hub.close();
        if (http != null) {
            http.stop(0);
        }
        if (executor != null) {
            executor.shutdownNow();
        }
        rebuilder.close();
    }
}
