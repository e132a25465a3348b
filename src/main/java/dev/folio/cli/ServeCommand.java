package dev.folio.cli;

import dev.folio.build.BuildFailure;
import dev.folio.build.Builder;
import dev.folio.input.ContentLoader;
import dev.folio.theme.Themes;
import dev.folio.serve.DevServer;
import dev.folio.serve.ServeListener;
import java.io.IOException;
import java.net.BindException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site in memory, serves it on 127.0.0.1 and rebuilds on every change; "
                + "open pages reload by themselves.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--source", paramLabel = "DIR", defaultValue = ".",
            description = "Site folder holding content/ (and optionally templates/ and themes/). Default: ${DEFAULT-VALUE}")
    Path source;

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "1313",
            description = "Port on 127.0.0.1; 0 picks a free one. Default: ${DEFAULT-VALUE}")
    int port;

    @Option(names = "--theme", paramLabel = "NAME", description = "Theme to use instead of the one in content/site.yml")
    String theme;

    @Spec
    CommandSpec spec;

    private final Console console;

    ServeCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--port " + port + " is not a port; use 1 to 65535, or 0 for any free port");
        }
        Path site = source.toAbsolutePath().normalize();
        if (!Files.isDirectory(site.resolve(ContentLoader.CONTENT))) {
            try {
                Builder.load(site, Optional.empty());
            } catch (BuildFailure failure) {
                console.problems(failure);
            }
            return ExitCode.INVALID_INPUT;
        }
        if (theme != null) {
            Set<String> themes = Themes.available(site);
            if (!themes.contains(theme)) {
                console.unknownTheme(theme, themes);
                return ExitCode.INVALID_INPUT;
            }
        }
        DevServer server;
        try {
            server = DevServer.start(site, port, Optional.ofNullable(theme), listener());
        } catch (BindException e) {
            console.portInUse(port);
            return ExitCode.BUILD_FAILED;
        } catch (IOException e) {
            console.cannotServe(e.getMessage());
            return ExitCode.BUILD_FAILED;
        }
        console.serving(server.address());
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            console.stopped();
            stopped.countDown();
        }, "folio-serve-stop"));
        stopped.await();
        return ExitCode.OK;
    }

    private ServeListener listener() {
        return new ServeListener() {
            @Override
            public void built(List<String> changed, long millis, long pages) {
                console.served(changed, millis, pages);
            }

            @Override
            public void failed(List<String> changed, long millis, BuildFailure failure) {
                console.serveFailed(changed, millis, failure);
            }

            @Override
            public void crashed(List<String> changed, RuntimeException e) {
                console.serveCrashed(changed, e);
            }
        };
    }
}
