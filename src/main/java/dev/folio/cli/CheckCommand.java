package dev.folio.cli;

import dev.folio.build.BuildOptions;
import dev.folio.check.CheckReport;
import dev.folio.check.LinkChecker;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Checks a built site for broken links, anchors and assets.")
final class CheckCommand implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Folder of HTML to check. Default: "
            + BuildOptions.DEFAULT_OUT)
    Path dir = Path.of(BuildOptions.DEFAULT_OUT);

    @Option(names = "--base-path", paramLabel = "PATH", defaultValue = "/",
            description = "Path the site is served under, as in baseUrl. Default: ${DEFAULT-VALUE}")
    String basePath;

    private final Console console;

    CheckCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() {
        if (!Files.isDirectory(dir)) {
            console.notASite(dir);
            return ExitCode.BUILD_FAILED;
        }
        String base = (basePath.startsWith("/") ? "" : "/") + basePath + (basePath.endsWith("/") ? "" : "/");
        try {
            CheckReport report = new LinkChecker(base).check(dir);
            console.checked(dir, report);
            return report.ok() ? ExitCode.OK : ExitCode.BUILD_FAILED;
        } catch (IOException e) {
            console.unreadable(dir, e.getMessage());
            return ExitCode.BUILD_FAILED;
        }
    }
}
