package dev.folio.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A test client of /__folio/events: a thread parses the stream into events. */
final class EventStream implements AutoCloseable {

    record Event(String name, String data) {}

    static final Duration WAIT = Duration.ofSeconds(20);
    /** The name of the thread that reads each stream. */
    static final String READER = "test-events";

    private final Socket socket;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final Thread reader;

    EventStream(URI server) {
        try {
            socket = new Socket(server.getHost(), server.getPort());
            socket.getOutputStream().write(("GET /__folio/events HTTP/1.1\r\nHost: " + server.getHost()
                    + "\r\nAccept: text/event-stream\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
            InputStream in = socket.getInputStream();
            String status = Http.line(in);
            assertEquals("HTTP/1.1 200 OK", status);
            Map<String, String> headers = Http.headers(in);
            assertEquals("text/event-stream; charset=utf-8", headers.get("content-type"));
            reader = new Thread(() -> read(in), READER);
            reader.setDaemon(true);
            reader.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The next event; fails after {@link #WAIT}. */
    Event next() {
        try {
            Event event = events.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
            assertNotNull(event, "no event within " + WAIT);
            return event;
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** The next event, which must be named {@code name}. */
    Event next(String name) {
        Event event = next();
        assertEquals(name, event.name(), () -> "event " + event);
        return event;
    }

    /** An event arriving within {@code wait}, or null. */
    Event poll(Duration wait) throws InterruptedException {
        return events.poll(wait.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void read(InputStream in) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        try {
            while (true) {
                int size = Integer.parseInt(Http.line(in).trim(), 16);
                if (size == 0) {
                    return;
                }
                text.write(in.readNBytes(size));
                Http.line(in);
                parse(text);
            }
        } catch (IOException | RuntimeException e) {
            // closed
        }
    }

    /** Takes every complete event (ending in a blank line) out of {@code text}. */
    private void parse(ByteArrayOutputStream text) {
        String all = text.toString(StandardCharsets.UTF_8);
        int end;
        while ((end = all.indexOf("\n\n")) >= 0) {
            String block = all.substring(0, end);
            all = all.substring(end + 2);
            String name = "message";
            StringBuilder data = new StringBuilder();
            boolean any = false;
            for (String line : block.split("\n")) {
                if (line.startsWith("event: ")) {
                    name = line.substring(7);
                    any = true;
                } else if (line.startsWith("data: ")) {
                    data.append(data.length() > 0 ? "\n" : "").append(line.substring(6));
                    any = true;
                }
            }
            if (any) {
                events.add(new Event(name, data.toString()));
            }
        }
        text.reset();
        text.writeBytes(all.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
