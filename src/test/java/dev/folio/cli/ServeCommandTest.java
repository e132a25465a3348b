package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.build.TestSites;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The ways {@code folio serve} stops before serving; serving itself is tested in dev.folio.serve. */
@Timeout(30)
final class ServeCommandTest {

    @TempDir
    Path dir;

    @Test
    void aBusyPortIsNamed() throws Exception {
        Path source = TestSites.write(dir.resolve("site"), Map.of("content/profile.yml", TestSites.MINIMAL_PROFILE));
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            CliTest.Run run = CliTest.run("serve", "--source", source.toString(), "--port", Integer.toString(port));
            assertEquals(ExitCode.BUILD_FAILED, run.code());
            assertEquals("error: 127.0.0.1:" + port + " is already in use; stop the other server or choose a port with "
                    + "--port\n", run.err().replace("\r\n", "\n"));
            assertEquals("", run.out());
        }
    }

    @Test
    void aFolderWithoutContentIsNotASite() {
        CliTest.Run run = CliTest.run("serve", "--source", dir.toString(), "--port", "0");
        assertEquals(ExitCode.INVALID_INPUT, run.code());
        assertTrue(run.err().startsWith("error: content/profile.yml: not found in "), run.err());
        assertEquals(1, run.err().lines().count(), run.err());
    }

    @Test
    void anUnknownTheme() {
        Path source = TestSites.write(dir.resolve("site"), Map.of("content/profile.yml", TestSites.MINIMAL_PROFILE));
        CliTest.Run run = CliTest.run("serve", "--source", source.toString(), "--port", "0", "--theme", "neon");
        assertEquals(ExitCode.INVALID_INPUT, run.code());
        assertEquals("error: --theme: no theme named \"neon\"; available: " + dev.folio.build.TestSites.INSTALLED + "\n", run.err().replace("\r\n", "\n"));
    }

    @Test
    void aPortOutOfRange() {
        CliTest.Run run = CliTest.run("serve", "--port", "70000");
        assertEquals(ExitCode.USAGE, run.code());
        assertTrue(run.err().startsWith("--port 70000 is not a port; use 1 to 65535, or 0 for any free port"), run.err());
        CliTest.Run help = CliTest.run("serve", "--help");
        assertEquals(ExitCode.OK, help.code());
        assertTrue(help.out().contains("--port=PORT"), help.out());
    }
}
