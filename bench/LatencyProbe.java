import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the time from saving a file to the live-reload message of a running dev server.
 *
 * <pre>
 * java bench/LatencyProbe.java folio|hugo BASE_URL SITE_DIR EDITS WARMUP FILE:PAGE...
 * </pre>
 *
 * folio: listens on BASE_URL/__folio/events (server-sent events) for "reload" or "css".
 * hugo: opens the livereload websocket BASE_URL/livereload and waits for {"command":"reload"}.
 * Each FILE (relative to SITE_DIR) is edited EDITS times, alternating between files, every edit a
 * real change: a YAML file gets a new value of its first "label:" line, any other file a new last
 * paragraph. PAGE is the page that shows the change; after the last edit it must contain it.
 * Prints one line per file and a summary line "RESULT name n p50 p95" (milliseconds).
 */
public final class LatencyProbe {

    record Arrival(long nanos, String what) {}

    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final Duration SETTLE = Duration.ofMillis(300);
    static final Pattern LABEL = Pattern.compile("(?m)^(\\s*label:\\s*)(\"?)([^\"\\n]*)(\"?)\\s*$");

    public static void main(String[] args) throws Exception {
        String kind = args[0];
        URI base = URI.create(args[1].endsWith("/") ? args[1] : args[1] + "/");
        Path site = Path.of(args[2]);
        int edits = Integer.parseInt(args[3]);
        int warmup = Integer.parseInt(args[4]);
        Map<String, String> pages = new LinkedHashMap<>();
        for (int i = 5; i < args.length; i++) {
            String[] filePage = args[i].split(":", 2);
            pages.put(filePage[0], filePage[1]);
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (String page : pages.values()) {
            get(http, base.resolve(page)); // open the pages, as a browser would
        }
        BlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>();
        AutoCloseable connection = kind.equals("folio") ? folio(http, base, arrivals) : hugo(http, base, arrivals);
        Thread.sleep(500);
        arrivals.clear();

        Map<String, String> originals = new LinkedHashMap<>();
        for (String file : pages.keySet()) {
            originals.put(file, Files.readString(site.resolve(file), StandardCharsets.UTF_8));
        }
        Map<String, List<Double>> samples = new LinkedHashMap<>();
        pages.keySet().forEach(f -> samples.put(f, new ArrayList<>()));
        List<Double> warm = new ArrayList<>();
        Map<String, String> lastMarker = new LinkedHashMap<>();
        int n = 0;
        for (int round = 0; round < warmup + edits; round++) {
            for (String file : pages.keySet()) {
                n++;
                String marker = "Edit " + n + " of the probe";
                String text = edited(file, originals.get(file), marker);
                arrivals.clear();
                long start = System.nanoTime();
                Files.writeString(site.resolve(file), text, StandardCharsets.UTF_8);
                Arrival arrival = arrivals.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                if (arrival == null) {
                    throw new IllegalStateException(kind + ": no reload within " + TIMEOUT + " after editing " + file);
                }
                if (arrival.what().equals("problems")) {
                    throw new IllegalStateException(kind + ": the edit of " + file + " broke the build");
                }
                double ms = (arrival.nanos() - start) / 1e6;
                (round < warmup ? warm : samples.get(file)).add(ms);
                lastMarker.put(file, marker);
                Thread.sleep(SETTLE.toMillis());
            }
        }
        // the pages really changed
        Thread.sleep(SETTLE.toMillis());
        for (var e : pages.entrySet()) {
            String body = get(http, base.resolve(e.getValue()));
            if (!body.contains(lastMarker.get(e.getKey()))) {
                throw new IllegalStateException(kind + ": " + e.getValue() + " does not show the last edit of "
                        + e.getKey());
            }
        }
        for (var e : originals.entrySet()) {
            Files.writeString(site.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
        }
        connection.close();

        List<Double> all = new ArrayList<>();
        if (!warm.isEmpty()) {
            System.out.printf(Locale.ROOT, "%-6s warm-up: %d edits, first %.1f ms, last %.1f ms (not counted)%n", kind,
                    warm.size(), warm.get(0), warm.get(warm.size() - 1));
        }
        for (var e : samples.entrySet()) {
            all.addAll(e.getValue());
            System.out.printf(Locale.ROOT, "%-6s %-50s %s%n", kind, e.getKey(), summary(e.getValue()));
        }
        System.out.printf(Locale.ROOT, "%-6s %-50s %s%n", kind, "all edits", summary(all));
        System.out.printf(Locale.ROOT, "RESULT %s %d %.1f %.1f%n", kind, all.size(), percentile(all, 50),
                percentile(all, 95));
    }

    static String edited(String file, String original, String marker) {
        if (file.endsWith(".yml") || file.endsWith(".yaml")) {
            Matcher m = LABEL.matcher(original);
            if (!m.find()) {
                throw new IllegalStateException(file + " has no label: line to edit");
            }
            return original.substring(0, m.start()) + m.group(1) + "\"" + marker + "\""
                    + original.substring(m.end());
        }
        return original.stripTrailing() + "\n\n" + marker + ".\n";
    }

    static String summary(List<Double> ms) {
        return String.format(Locale.ROOT, "n=%d  p50 %6.1f ms  p95 %6.1f ms  min %6.1f ms  max %6.1f ms", ms.size(),
                percentile(ms, 50), percentile(ms, 95), Collections.min(ms), Collections.max(ms));
    }

    /** Nearest rank. */
    static double percentile(List<Double> values, int p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(0, rank - 1));
    }

    static String get(HttpClient http, URI uri) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(uri + ": HTTP " + r.statusCode());
        }
        return r.body();
    }

    /** folio: the event stream; "reload" and "css" events count. */
    static AutoCloseable folio(HttpClient http, URI base, BlockingQueue<Arrival> arrivals) throws Exception {
        HttpResponse<java.util.stream.Stream<String>> r = http.send(
                HttpRequest.newBuilder(base.resolve("__folio/events")).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines());
        java.util.stream.Stream<String> lines = r.body();
        Thread reader = new Thread(() -> {
            try {
                lines.forEach(line -> {
                    if (line.equals("event: reload") || line.equals("event: css")) {
                        arrivals.add(new Arrival(System.nanoTime(), line.substring(7)));
                    } else if (line.equals("event: problems")) {
                        arrivals.add(new Arrival(System.nanoTime(), "problems"));
                    }
                });
            } catch (RuntimeException e) {
                // closed
            }
        }, "sse");
        reader.setDaemon(true);
        reader.start();
        return lines::close;
    }

    /** hugo: the livereload websocket; {"command":"reload"} counts. */
    static AutoCloseable hugo(HttpClient http, URI base, BlockingQueue<Arrival> arrivals) throws Exception {
        URI ws = URI.create("ws://" + base.getHost() + ":" + base.getPort() + "/livereload");
        WebSocket socket = http.newWebSocketBuilder().buildAsync(ws, new WebSocket.Listener() {
            final StringBuilder text = new StringBuilder();

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                long now = System.nanoTime();
                text.append(data);
                if (last) {
                    String message = text.toString();
                    text.setLength(0);
                    if (message.contains("\"command\":\"reload\"")) {
                        arrivals.add(new Arrival(now, message));
                    }
                }
                webSocket.request(1);
                return null;
            }
        }).get(10, TimeUnit.SECONDS);
        socket.sendText("{\"command\":\"hello\",\"protocols\":[\"http://livereload.com/protocols/official-7\"]}", true);
        return () -> socket.sendClose(WebSocket.NORMAL_CLOSURE, "").get(5, TimeUnit.SECONDS);
    }
}
