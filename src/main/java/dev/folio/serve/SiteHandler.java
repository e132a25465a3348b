package dev.folio.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Answers every request: the site from memory, the reload script and the event stream. Only GET
 * and HEAD; a path that is not a file of the built site is a 404 with the site's 404.html.
 */
final class SiteHandler implements HttpHandler {

    static final String EVENTS_PATH = "/__folio/events";

    private static final String PLACEHOLDER = """
            <!DOCTYPE html>
            <html lang="en">
            <head><meta charset="utf-8"><title>folio: no site yet</title></head>
            <body><p>The site has not built yet; the problems are listed above. Fix them and this page reloads.</p>
            """ + ReloadTag.TAG + "\n</body>\n</html>\n";

    private final Supplier<Snapshot> snapshot;
    private final EventHub hub;
    private final byte[] script;

    SiteHandler(Supplier<Snapshot> snapshot, EventHub hub, byte[] script) {
        this.snapshot = snapshot;
        this.hub = hub;
        this.script = script;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        boolean stream = false;
        try {
            stream = answer(exchange);
        } finally {
            if (!stream) {
                exchange.close();
            }
        }
    }

    /** Answers {@code exchange}; true if it became an event stream, which the hub ends, else the caller does. */
    private boolean answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        boolean head = method.equals("HEAD");
        if (!head && !method.equals("GET")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            send(exchange, 405, "text/plain; charset=utf-8", bytes("Method not allowed: use GET or HEAD\n"), head);
            return false;
        }
        if (!local(exchange.getRequestHeaders().getFirst("Host"))) {
            // a page elsewhere whose name was pointed at 127.0.0.1 (DNS rebinding) gets nothing
            send(exchange, 403, "text/plain; charset=utf-8",
                    bytes("folio serve answers to 127.0.0.1 and localhost only\n"), head);
            return false;
        }
        String path = exchange.getRequestURI().getRawPath();
        if (ReloadTag.SCRIPT_PATH.equals(path)) {
            send(exchange, 200, ContentTypes.of(path), script, head);
        } else if (EVENTS_PATH.equals(path)) {
            if (!head) {
                hub.serve(exchange, this::greeting);
                return true;
            }
            send(exchange, 200, "text/event-stream; charset=utf-8", new byte[0], true);
        } else {
            site(exchange, path, head);
        }
        return false;
    }

    /** The Host header names this machine: 127.0.0.1 or localhost, with any port. */
    static boolean local(String host) {
        if (host == null) {
            return false;
        }
        String name = host.toLowerCase(java.util.Locale.ROOT);
        int colon = name.lastIndexOf(':');
        if (colon >= 0 && name.substring(colon + 1).chars().allMatch(Character::isDigit)) {
            name = name.substring(0, colon);
        }
        return name.equals("127.0.0.1") || name.equals("localhost");
    }

    /** What a page that just connected needs: the site's id, and the problems if the last build failed. */
    private List<EventHub.Event> greeting() {
        Snapshot now = snapshot.get();
        EventHub.Event hello = new EventHub.Event("hello", "{\"id\":" + Json.string(now.id()) + "}");
        return now.problems().map(p -> List.of(hello, new EventHub.Event("problems", p.json()))).orElse(List.of(hello));
    }

    private void site(HttpExchange exchange, String rawPath, boolean head) throws IOException {
        Snapshot now = snapshot.get();
        if (!now.built()) {
            send(exchange, 503, ContentTypes.HTML, bytes(PLACEHOLDER), head);
            return;
        }
        String base = now.basePath();
        String path = rawPath;
        if (!base.equals("/")) {
            // served under the baseUrl's path as well as at /, so that root-relative links (404.html has them) work
            if (rawPath.equals(base.substring(0, base.length() - 1))) {
                exchange.getResponseHeaders().set("Location", base);
                send(exchange, 301, "text/plain; charset=utf-8", bytes("Moved to " + base + "\n"), head);
                return;
            }
            if (rawPath.startsWith(base)) {
                path = rawPath.substring(base.length() - 1);
            }
        }
        Map<String, byte[]> files = now.files();
        Optional<String> key = RequestPaths.key(path);
        if (key.isPresent()) {
            String k = key.get();
            String file = k.isEmpty() || k.endsWith("/") ? k + "index.html" : k;
            byte[] bytes = files.get(file);
            if (bytes != null) {
                send(exchange, 200, ContentTypes.of(file), bytes, head);
                return;
            }
            if (!k.isEmpty() && !k.endsWith("/") && files.containsKey(k + "/index.html")) {
                // relative links in the folder's index.html need the trailing slash
                exchange.getResponseHeaders().set("Location", rawPath + "/");
                send(exchange, 301, "text/plain; charset=utf-8", bytes("Moved to " + rawPath + "/\n"), head);
                return;
            }
        }
        byte[] notFound = files.get("404.html");
        if (notFound != null) {
            send(exchange, 404, ContentTypes.HTML, notFound, head);
        } else {
            send(exchange, 404, "text/plain; charset=utf-8", bytes("Not found\n"), head);
        }
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body, boolean head)
            throws IOException {
        var headers = exchange.getResponseHeaders();
        headers.set("Content-Type", type);
        headers.set("Cache-Control", "no-store");
        if (head) {
            headers.set("Content-Length", Integer.toString(body.length));
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
