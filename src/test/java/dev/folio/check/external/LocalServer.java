package dev.folio.check.external;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An HTTP server on 127.0.0.1 with one path per behaviour a checker meets on the web; it records every
 * request (method, path, arrival time) and the most requests it ever handled at once.
 */
final class LocalServer implements AutoCloseable {

    record Request(String method, String path, long nanos) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    /** The moment Retry-After dates are written against (the tests' fixed clock). */
    static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "local-server");
        t.setDaemon(true);
        return t;
    });
    private final List<Request> requests = new ArrayList<>();
    private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger maxInFlight = new AtomicInteger();
    private final CountDownLatch closing = new CountDownLatch(1);

    LocalServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** A port on 127.0.0.1 where nothing listens. */
    static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    synchronized List<Request> requests() {
        return List.copyOf(requests);
    }

    synchronized List<String> requestsTo(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).map(Request::toString).toList();
    }

    int maxInFlight() {
        return maxInFlight.get();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        String method = exchange.getRequestMethod();
        synchronized (this) {
            requests.add(new Request(method, path, System.nanoTime()));
        }
        int now = inFlight.incrementAndGet();
        maxInFlight.accumulateAndGet(now, Math::max);
        try {
            int hit = hits.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            respond(exchange, method, path, hit);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            inFlight.decrementAndGet();
            exchange.close();
        }
    }

    private void respond(HttpExchange exchange, String method, String path, int hit)
            throws IOException, InterruptedException {
        if (path.equals("/ok") || path.startsWith("/ok/")) {
            send(exchange, method, 200);
        } else if (path.startsWith("/slow/")) {
            Thread.sleep(60);
            // no longer in flight once the answer is on its way: with TCP_NODELAY the client may send
            // its next request before this thread gets past send()
            inFlight.decrementAndGet();
            try {
                send(exchange, method, 200);
            } finally {
                inFlight.incrementAndGet();
            }
        } else if (path.equals("/chain/1")) {
            redirect(exchange, 301, url("/chain/2"));
        } else if (path.equals("/chain/2")) {
            redirect(exchange, 302, "/chain/3?from=2");
        } else if (path.equals("/chain/3")) {
            redirect(exchange, 307, "final");
        } else if (path.equals("/chain/final")) {
            send(exchange, method, 200);
        } else if (path.equals("/loop/a")) {
            redirect(exchange, 301, "/loop/b");
        } else if (path.equals("/loop/b")) {
            redirect(exchange, 308, "/loop/a");
        } else if (path.startsWith("/far/")) {
            int n = Integer.parseInt(path.substring("/far/".length()));
            redirect(exchange, 302, "/far/" + (n + 1));
        } else if (path.equals("/no-location")) {
            send(exchange, method, 302);
        } else if (path.equals("/missing")) {
            send(exchange, method, 404);
        } else if (path.equals("/gone")) {
            send(exchange, method, 410);
        } else if (path.equals("/busy")) {
            retryAfter(exchange, method, hit == 1 ? "1" : null);
        } else if (path.equals("/busy-date")) {
            retryAfter(exchange, method, hit == 1 ? DateTimeFormatter.RFC_1123_DATE_TIME.format(
                    NOW.plusSeconds(3600).atOffset(ZoneOffset.UTC)) : null);
        } else if (path.equals("/busy-always")) {
            retryAfter(exchange, method, "120");
        } else if (path.equals("/flaky")) {
            send(exchange, method, hit <= 2 ? 500 : 200);
        } else if (path.equals("/down")) {
            send(exchange, method, 503);
        } else if (path.equals("/linkedin")) {
            send(exchange, method, 999);
        } else if (path.equals("/hang")) {
            closing.await(30, TimeUnit.SECONDS);
        } else if (path.equals("/head-refused")) {
            send(exchange, method, method.equals("HEAD") ? 405 : 200);
        } else if (path.equals("/head-501")) {
            send(exchange, method, method.equals("HEAD") ? 501 : 200);
        } else {
            send(exchange, method, 404);
        }
    }

    private static void retryAfter(HttpExchange exchange, String method, String value) throws IOException {
        if (value == null) {
            send(exchange, method, 200);
            return;
        }
        exchange.getResponseHeaders().add("Retry-After", value);
        send(exchange, method, 429);
    }

    private static void redirect(HttpExchange exchange, int status, String location) throws IOException {
        exchange.getResponseHeaders().add("Location", location);
        exchange.sendResponseHeaders(status, -1);
    }

    private static void send(HttpExchange exchange, String method, int status) throws IOException {
        byte[] body = ("<p>status " + status + "</p>").getBytes(StandardCharsets.UTF_8);
        if (method.equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
