package dev.folio.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The server-sent-events stream at /__folio/events. Every open page holds one connection; each
 * has a small queue that a broadcast fills and the connection's thread drains. A comment line
 * every {@code heartbeat} finds connections whose page has gone, which are then dropped; at most
 * {@code maxClients} are kept (the oldest goes first).
 */
final class EventHub implements AutoCloseable {

    /** One event: {@code event: name} and one line of JSON data. */
    record Event(String name, String data) {
        byte[] bytes() {
            return ("event: " + name + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
        }
    }

    private static final Event CLOSE = new Event("close", "{}");
    private static final byte[] PING = ": ping\n\n".getBytes(StandardCharsets.US_ASCII);
    private static final int QUEUE = 16;

    private final Object lock = new Object();
    private final Deque<BlockingQueue<Event>> clients = new ArrayDeque<>();
    private final Duration heartbeat;
    private final int maxClients;
    private boolean closed;

    EventHub(Duration heartbeat, int maxClients) {
        this.heartbeat = heartbeat;
        this.maxClients = maxClients;
    }

    /**
     * Runs {@code update} and sends {@code events} to every client as one step, so that a client
     * connecting meanwhile gets either the old state and the events, or the new state alone.
     */
    void publish(Runnable update, List<Event> events) {
        synchronized (lock) {
            update.run();
            for (BlockingQueue<Event> queue : clients) {
                for (Event event : events) {
                    if (!queue.offer(event)) {
                        // a client this far behind only needs to start over
                        queue.clear();
                        queue.offer(new Event("reload", "{}"));
                    }
                }
            }
        }
    }

    int clientCount() {
        synchronized (lock) {
            return clients.size();
        }
    }

    /** Serves one event stream until the client goes away or the hub closes; {@code greeting} is sent first. */
    void serve(HttpExchange exchange, Supplier<List<Event>> greeting) throws IOException {
        BlockingQueue<Event> queue = new ArrayBlockingQueue<>(QUEUE);
        synchronized (lock) {
            if (closed) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
            greeting.get().forEach(queue::offer);
            clients.addLast(queue);
            while (clients.size() > maxClients) {
                BlockingQueue<Event> oldest = clients.removeFirst();
                end(oldest);
            }
        }
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Accel-Buffering", "no");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write("retry: 500\n\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            while (true) {
                Event event = queue.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
                if (event == CLOSE) {
                    break;
                }
                out.write(event == null ? PING : event.bytes());
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // the page went away, or the server is stopping
        } finally {
            synchronized (lock) {
                clients.remove(queue);
            }
            exchange.close();
        }
    }

    /** Ends every stream. */
    @Override
    public void close() {
        List<BlockingQueue<Event>> all;
        synchronized (lock) {
            closed = true;
            all = new ArrayList<>(clients);
        }
        all.forEach(EventHub::end);
    }

    private static void end(BlockingQueue<Event> queue) {
        do {
            queue.clear();
        } while (!queue.offer(CLOSE));
    }
}
