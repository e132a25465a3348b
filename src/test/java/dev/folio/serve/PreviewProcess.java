package dev.folio.serve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A preview server in a JVM of its own, as {@code folio serve} runs it: the HTTP server's settings
 * are read once per JVM, when its first server starts, so a test JVM that has already started
 * another server cannot show them. The process prints its address and stops when its input ends.
 */
final class PreviewProcess implements AutoCloseable {

    private final Process process;
    private final Path errors;
    private final URI address;

    private PreviewProcess(Process process, Path errors, URI address) {
        this.process = process;
        this.errors = errors;
        this.address = address;
    }

    /** Serves {@code site} in a new JVM on the test classpath. */
    static PreviewProcess start(Path site) throws IOException {
        Path errors = Files.createTempFile(site.getParent(), "preview", ".err");
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), PreviewProcess.class.getName(), site.toString());
        Process process = new ProcessBuilder(command).redirectError(errors.toFile()).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line = out.readLine();
        if (line == null || !line.startsWith("http://")) {
            process.destroyForcibly();
            throw new AssertionError("the preview process did not start: " + line + "\n" + Files.readString(errors));
        }
        return new PreviewProcess(process, errors, URI.create(line));
    }

    URI address() {
        return address;
    }

    /** Ends the process by closing its input; kills it if it has not stopped within five seconds. */
    @Override
    public void close() {
        try {
            process.getOutputStream().close();
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            Files.deleteIfExists(errors);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** The process: serves args[0] (no warm-up renders) until its input ends. */
    public static void main(String[] args) throws IOException {
        Recorder recorder = new Recorder();
        try (DevServer server = DevServer.start(Path.of(args[0]), 0, Optional.empty(), recorder, DevServer.QUIET,
                DevServer.HEARTBEAT, 0)) {
            if (!recorder.lines.isEmpty() && !recorder.lines.get(0).startsWith("built")) {
                System.err.println(recorder.lines.get(0));
                return;
            }
            System.out.println(server.address());
            System.out.flush();
            System.in.readAllBytes();
        }
    }
}
