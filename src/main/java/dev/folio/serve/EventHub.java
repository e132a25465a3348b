package dev.folio.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The server-sent-events stream at /__folio/events. Every open page holds one connection but no
 * thread: the request's thread registers the stream and returns, and one writer thread sends
 * every stream what was published for it. A comment line every {@code heartbeat} finds
 * connections whose page has gone, which are then dropped; at most {@code maxClients} are kept
 * (the oldest goes first).
 */
final class EventHub implements AutoCloseable {

    /** One event: {@code event: name} and one line of JSON data. */
    record Event(String name, String data) {
        byte[] bytes() {
            return ("event: " + name + "\ndata: " + data + "\n\n").getBytes(StandardCharsets.UTF_8);
        }
    }

    private static final Event RELOAD = new Event("reload", "{}");
    private static final byte[] RETRY = "retry: 500\n\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PING = ": ping\n\n".getBytes(StandardCharsets.US_ASCII);
    private static final int QUEUE = 16;
    /** How long {@link #close()} waits for the streams to be ended. */
    private static final long CLOSING_MILLIS = 500;

    /** One open page: what it has not been sent yet, guarded by the hub's lock. */
    private static final class Client {
        final HttpExchange exchange;
        final OutputStream out;
        final Deque<Event> pending = new ArrayDeque<>();
        long lastWrite;

        Client(HttpExchange exchange, OutputStream out, long now) {
            this.exchange = exchange;
            this.out = out;
            this.lastWrite = now;
        }

        void offer(Event event) {
            if (pending.size() >= QUEUE) {
                // a client this far behind only needs to start over
                pending.clear();
                pending.add(RELOAD);
            } else {
                pending.add(event);
            }
        }
    }

    /** What the writer sends one client in one write; {@code end}: then ends its stream. */
    private record Delivery(Client client, byte[] bytes, boolean end) {}

    private final Object lock = new Object();
    private final Deque<Client> clients = new ArrayDeque<>();
    /** Streams to end: dropped for newer ones, or all of them once the hub closes. */
    private final List<Client> ending = new ArrayList<>();
    private final long heartbeat;
    private final int maxClients;
    private final Thread writer;
    private boolean closed;

    EventHub(Duration heartbeat, int maxClients) {
        this.heartbeat = heartbeat.toNanos();
        this.maxClients = maxClients;
        this.writer = new Thread(this::write, "folio-events");
        writer.setDaemon(true);
        writer.start();
    }

    /**
     * Runs {@code update} and sends {@code events} to every client as one step, so that a client
     * connecting meanwhile gets either the old state and the events, or the new state alone.
     */
    void publish(Runnable update, List<Event> events) {
        synchronized (lock) {
            update.run();
            for (Client client : clients) {
                events.forEach(client::offer);
            }
            lock.notifyAll();
        }
    }

    int clientCount() {
        synchronized (lock) {
            return clients.size();
        }
    }

    /**
     * Starts one event stream, {@code greeting} first, and returns; the stream is the hub's from
     * then on and ends when the client goes away or the hub closes.
     */
    void serve(HttpExchange exchange, Supplier<List<Event>> greeting) throws IOException {
        synchronized (lock) {
            if (closed) {
                exchange.sendResponseHeaders(503, -1);
                exchange.close();
                return;
            }
        }
        Client client;
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Accel-Buffering", "no");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            out.write(RETRY);
            out.flush();
            client = new Client(exchange, out, System.nanoTime());
        } catch (IOException e) {
            exchange.close();
            return;
        }
        synchronized (lock) {
            if (!closed) {
                greeting.get().forEach(client::offer);
                clients.addLast(client);
                while (clients.size() > maxClients) {
                    ending.add(clients.removeFirst());
                }
                lock.notifyAll();
                return;
            }
        }
        exchange.close();
    }

    /** The writer thread: sends what is due, waiting for a publish, a new client or the next heartbeat. */
    private void write() {
        try {
            while (true) {
                List<Delivery> due;
                synchronized (lock) {
                    while ((due = due(System.nanoTime())).isEmpty()) {
                        if (closed && clients.isEmpty()) {
                            return;
                        }
                        TimeUnit.NANOSECONDS.timedWait(lock, nextHeartbeat() - System.nanoTime());
                    }
                }
                due.forEach(this::deliver);
            }
        } catch (InterruptedException e) {
            // the server is stopping
        }
    }

    /** Under the lock: takes every client's pending events, a ping where a heartbeat is due, and the streams to end. */
    private List<Delivery> due(long now) {
        List<Delivery> due = new ArrayList<>();
        for (Client client : ending) {
            due.add(new Delivery(client, bytes(client.pending), true));
        }
        ending.clear();
        for (Client client : clients) {
            if (!client.pending.isEmpty()) {
                due.add(new Delivery(client, bytes(client.pending), false));
                client.lastWrite = now;
            } else if (now - client.lastWrite >= heartbeat) {
                due.add(new Delivery(client, PING, false));
                client.lastWrite = now;
            }
        }
        return due;
    }

    private long nextHeartbeat() {
        long next = System.nanoTime() + heartbeat;
        for (Client client : clients) {
            next = Math.min(next, client.lastWrite + heartbeat);
        }
        return next;
    }

    private static byte[] bytes(Deque<Event> pending) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (Event event = pending.poll(); event != null; event = pending.poll()) {
            bytes.writeBytes(event.bytes());
        }
        return bytes.toByteArray();
    }

    /** Outside the lock: one write and flush (one chunk); a client that has gone is dropped. */
    private void deliver(Delivery delivery) {
        Client client = delivery.client();
        boolean end = delivery.end();
        try {
            if (delivery.bytes().length > 0) {
                client.out.write(delivery.bytes());
                client.out.flush();
            }
        } catch (IOException e) {
            // the page went away
            synchronized (lock) {
                clients.remove(client);
            }
            end = true;
        }
        if (end) {
            client.exchange.close();
        }
    }

    /** Ends every stream, waiting a little for the writer to end them. */
    @Override
    public void close() {
        synchronized (lock) {
            if (!closed) {
                closed = true;
                ending.addAll(clients);
                clients.clear();
                lock.notifyAll();
            }
        }
        try {
            writer.join(CLOSING_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
