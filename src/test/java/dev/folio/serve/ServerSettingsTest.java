package dev.folio.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.build.TestSites;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The preview's HTTP settings, in a process of its own started as {@code folio serve} starts. */
@Timeout(90)
final class ServerSettingsTest {

    static final String CSS = "body { color: teal; }\n";

    @TempDir
    static Path dir;

    static PreviewProcess preview;

    @BeforeAll
    static void start() throws IOException {
        Path site = TestSites.write(dir.resolve("site"), Map.of(
                "content/profile.yml", TestSites.MINIMAL_PROFILE,
                "themes/default/theme.yml", "name: default\n",
                "themes/default/assets/site.css", CSS));
        preview = PreviewProcess.start(site);
    }

    @AfterAll
    static void stop() {
        if (preview != null) {
            preview.close();
        }
    }

    @Test
    void keepAliveRequestsAreAnsweredWithoutWaitingForTheClientsAck() throws IOException {
        // the server writes the headers and the body separately; with Nagle's algorithm the body waited
        // for the ACK of the headers, which the client delays by 40 ms: 50 requests took over 2 s
        URI at = preview.address();
        try (Socket socket = new Socket(at.getHost(), at.getPort())) {
            socket.setSoTimeout(20_000);
            OutputStream out = socket.getOutputStream();
            InputStream in = new BufferedInputStream(socket.getInputStream());
            for (int i = 0; i < 5; i++) {
                Http.keptAlive(out, in, "/assets/site.css");
            }
            long start = System.nanoTime();
            for (int i = 0; i < 25; i++) {
                assertTrue(new String(Http.keptAlive(out, in, "/"), StandardCharsets.UTF_8).contains("Sam Example"));
                assertEquals(CSS, new String(Http.keptAlive(out, in, "/assets/site.css"), StandardCharsets.UTF_8));
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.toMillis() < 1000, "50 requests on one connection took " + took.toMillis() + " ms");
        }
    }

    @Test
    void halfSentRequestsAreClosedSoThatTheRequestThreadsServeAgain() throws IOException {
        // more connections than request threads, each waiting for the rest of its request
        URI at = preview.address();
        List<Socket> stalled = new ArrayList<>();
        try {
            long start = System.nanoTime();
            for (int i = 0; i < DevServer.THREADS + 2; i++) {
                Socket socket = new Socket(at.getHost(), at.getPort());
                stalled.add(socket);
                socket.setSoTimeout(20_000);
                socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0".getBytes(StandardCharsets.ISO_8859_1));
            }
            for (Socket socket : stalled) {
                assertTrue(closedByServer(socket), "the half-sent request's connection is closed");
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            long limit = Long.parseLong(HttpSettings.REQUEST_SECONDS) + 5;
            assertTrue(took.toSeconds() < limit, "closed after " + took.toMillis() + " ms");
            Http.Response css = Http.get(at, "/assets/site.css");
            assertEquals(200, css.status());
            assertEquals(CSS, css.text());
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    @Test
    void connectionsThatSendNothingAreClosed() throws IOException {
        URI at = preview.address();
        try (Socket silent = new Socket(at.getHost(), at.getPort())) {
            silent.setSoTimeout(30_000);
            long start = System.nanoTime();
            assertTrue(closedByServer(silent));
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            // after the request time, at the next check of idle connections (every 10 s)
            long limit = Long.parseLong(HttpSettings.REQUEST_SECONDS) + 10 + 5;
            assertTrue(took.toSeconds() < limit, "closed after " + took.toMillis() + " ms");
        }
    }

    /** Waits for the server to close {@code socket}: an end of stream, or a reset if it left bytes unread. */
    static boolean closedByServer(Socket socket) throws IOException {
        try {
            return socket.getInputStream().read() == -1;
        } catch (SocketException reset) {
            return true;
        }
    }
}
