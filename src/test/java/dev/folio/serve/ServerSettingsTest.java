package dev.folio.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.build.TestSites;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
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
        preview = PreviewProcess.start(site, List.of());
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
                get(out, in, "/assets/site.css");
            }
            long start = System.nanoTime();
            for (int i = 0; i < 25; i++) {
                assertTrue(new String(get(out, in, "/"), StandardCharsets.UTF_8).contains("Sam Example"));
                assertEquals(CSS, new String(get(out, in, "/assets/site.css"), StandardCharsets.UTF_8));
            }
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.toMillis() < 1000, "50 requests on one connection took " + took.toMillis() + " ms");
        }
    }

    /** One keep-alive GET on the open connection: the body of a 200 with a Content-Length. */
    static byte[] get(OutputStream out, InputStream in, String path) throws IOException {
        out.write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        assertEquals("HTTP/1.1 200 OK", Http.line(in), path);
        Map<String, String> headers = Http.headers(in);
        assertEquals(null, headers.get("connection"), path + ": kept open");
        int length = Integer.parseInt(headers.get("content-length"));
        byte[] body = in.readNBytes(length);
        assertEquals(length, body.length, path);
        return body;
    }
}
