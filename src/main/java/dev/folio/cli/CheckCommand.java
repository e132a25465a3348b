package dev.folio.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.folio.build.BuildOptions;
import dev.folio.check.CheckConfig;
import dev.folio.check.CheckReport;
import dev.folio.check.JsonReport;
import dev.folio.check.JunitReport;
import dev.folio.check.LinkChecker;
import dev.folio.check.SiteAddress;
import dev.folio.check.external.ExternalChecker;
import dev.folio.check.external.ExternalOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Checks a built site: links, assets, #fragments, sitemap entries, and each page's title, "
                + "language, description, alt texts and ids; external links too with --external.",
                "Exits with 1 when a problem at severity error is found."})
final class CheckCommand implements Callable<Integer> {

    static final String SITE_YML = "content/site.yml";
    static final String CACHE_NAME = ".folio-link-cache.json";

    @Parameters(arity = "0..1", paramLabel = "DIR", description = "Folder of HTML to check. Default: "
            + BuildOptions.DEFAULT_OUT)
    Path dir = Path.of(BuildOptions.DEFAULT_OUT);

    @Option(names = "--base-url", paramLabel = "URL", description = "The site's address, as baseUrl in site.yml, "
            + "e.g. https://alex.example.com/. Default: the canonical address of DIR/index.html, else baseUrl of "
            + SITE_YML + " in the current folder, else /")
    String baseUrl;

    @Option(names = "--base-path", paramLabel = "PATH", description = "Only the path the site is served under, "
            + "e.g. /portfolio/ (when the address is not known)")
    String basePath;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text, json or junit. Default: ${DEFAULT-VALUE}")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE "
            + "instead of the console")
    Path output;

    @Option(names = "--severity", paramLabel = "KIND=LEVEL", split = ",", description = "error, warn or ignore for a kind of "
            + "problem, e.g. --severity missing-description=ignore (repeatable)")
    Map<String, String> severities = new LinkedHashMap<>();

    @Option(names = "--assume-extension", negatable = true, description = "Take a link to about, when there is no "
            + "such file, to mean about.html, as GitHub Pages and Netlify serve it (for builds: assume-extension "
            + "under check: in site.yml). Default: on; --no-assume-extension reports such links")
    Boolean assumeExtension;

    @Option(names = "--external", description = "Also check external http(s) links online")
    boolean external;

    @Option(names = "--include", paramLabel = "GLOB", description = "Check only external URLs matching GLOB "
            + "(* matches anything, e.g. 'https://*.example.com/*'; repeatable)")
    List<String> include = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Do not check external URLs matching GLOB "
            + "(repeatable)")
    List<String> exclude = new ArrayList<>();

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "15",
            description = "Longest wait for an external answer. Default: ${DEFAULT-VALUE}")
    int timeout;

    @Option(names = "--retries", paramLabel = "N", defaultValue = "2",
            description = "Further attempts after a timeout, 5xx or 429. Default: ${DEFAULT-VALUE}")
    int retries;

    @Option(names = "--host-concurrency", paramLabel = "N", defaultValue = "2",
            description = "Requests at once to one host. Default: ${DEFAULT-VALUE}")
    int hostConcurrency;

    @Option(names = "--host-delay", paramLabel = "MS", defaultValue = "250",
            description = "Least time between two requests to one host. Default: ${DEFAULT-VALUE}")
    int hostDelay;

    @Option(names = "--cache", paramLabel = "FILE", description = "Where external successes are remembered. "
            + "Default: " + CACHE_NAME + " beside DIR")
    Path cache;

    @Option(names = "--no-cache", description = "Neither read nor write the cache")
    boolean noCache;

    @Option(names = "--cache-max-age", paramLabel = "HOURS", defaultValue = "24",
            description = "How long a remembered success is trusted. Default: ${DEFAULT-VALUE}")
    int cacheMaxAge;

    private final Console console;

    CheckCommand(Console console) {
        this.console = console;
    }

    @Override
    public Integer call() throws InterruptedException {
        Optional<Integer> usage = usageProblem();
        if (usage.isPresent()) {
            return usage.get();
        }
        if (!Files.isDirectory(dir)) {
            console.notASite(dir);
            return ExitCode.BUILD_FAILED;
        }
        CheckConfig config = CheckConfig.of(severities);
        if (assumeExtension != null) {
            config = config.withAssumeExtension(assumeExtension);
        }
        SiteAddress site = site();
        CheckReport report;
        try {
            LinkChecker checker = new LinkChecker(site, config);
            report = (external ? checker.collectingExternalLinks() : checker).check(dir);
        } catch (IOException e) {
            console.unreadable(dir, e.getMessage());
            return ExitCode.BUILD_FAILED;
        }
        if (external) {
            Path cacheFile = cache != null ? cache : dir.toAbsolutePath().normalize().resolveSibling(CACHE_NAME);
            ExternalOptions options = ExternalOptions.defaults()
                    .withTimeouts(Duration.ofSeconds(Math.min(10, timeout)), Duration.ofSeconds(timeout))
                    .withRetries(retries, Duration.ofSeconds(1), Duration.ofSeconds(60))
                    .withConcurrency(16, hostConcurrency, Duration.ofMillis(hostDelay))
                    .withPatterns(include, exclude)
                    .withCache(noCache ? Optional.empty() : Optional.of(cacheFile), Duration.ofHours(cacheMaxAge));
            try {
                ExternalChecker.Result result = new ExternalChecker(options, Clock.systemUTC())
                        .check(report.external(), config);
                report = report.withExternal(result.checked(), result.problems());
            } catch (IOException e) {
                console.cacheUnwritable(cacheFile, e.getMessage());
            }
        }
        if (!write(report)) {
            return ExitCode.BUILD_FAILED;
        }
        return report.ok() ? ExitCode.OK : ExitCode.BUILD_FAILED;
    }

    /** Prints (or writes) the report; false when the output file could not be written. */
    private boolean write(CheckReport report) {
        if (format.equals("text") && output == null) {
            console.checked(dir, report);
            return true;
        }
        String document = switch (format) {
            case "json" -> JsonReport.write(report);
            case "junit" -> JunitReport.write(report);
            default -> null;
        };
        if (output == null) {
            console.document(document);
            console.checkSummary(dir, report, true);
            return true;
        }
        try (Writer file = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
            if (document != null) {
                file.write(document);
            } else {
                PrintWriter text = new PrintWriter(file);
                new Console(text, text).checked(dir, report);
                text.flush();
            }
        } catch (IOException e) {
            console.reportUnwritable(output, e.getMessage());
            return false;
        }
        console.checkSummary(dir, report, false);
        return true;
    }

    private Optional<Integer> usageProblem() {
        List<String> messages = new ArrayList<>();
        if (!List.of("text", "json", "junit").contains(format)) {
            console.badCheckOption("--format", List.of("\"" + format + "\" is not one of text, json, junit"));
            return Optional.of(ExitCode.USAGE);
        }
        messages.addAll(CheckConfig.validate(severities));
        if (!messages.isEmpty()) {
            console.badCheckOption("--severity", messages);
            return Optional.of(ExitCode.USAGE);
        }
        if (baseUrl != null && basePath != null) {
            console.badCheckOption("--base-url", List.of("give --base-url or --base-path, not both"));
            return Optional.of(ExitCode.USAGE);
        }
        try {
            given();
        } catch (IllegalArgumentException e) {
            console.badCheckOption(baseUrl != null ? "--base-url" : "--base-path", List.of("\""
                    + (baseUrl != null ? baseUrl : basePath) + "\" is not an address; use e.g. "
                    + "https://alex.example.com/ or /portfolio/"));
            return Optional.of(ExitCode.USAGE);
        }
        if (timeout < 1 || retries < 0 || hostConcurrency < 1 || hostDelay < 0 || cacheMaxAge < 0) {
            console.badCheckOption("--external", List.of("--timeout and --host-concurrency must be at least 1;"
                    + " --retries, --host-delay and --cache-max-age at least 0"));
            return Optional.of(ExitCode.USAGE);
        }
        return Optional.empty();
    }

    /** The address from --base-url or --base-path, if one was given; throws when it is not an address. */
    private Optional<SiteAddress> given() {
        if (baseUrl != null) {
            return Optional.of(SiteAddress.of(withSlash(baseUrl)));
        }
        if (basePath != null) {
            return Optional.of(SiteAddress.of(withSlash((basePath.startsWith("/") ? "" : "/") + basePath)));
        }
        return Optional.empty();
    }

    /** The site's address: as given, else as the site's home page declares it, else from site.yml, else /. */
    private SiteAddress site() {
        Optional<SiteAddress> given = given();
        if (given.isPresent()) {
            return given.get();
        }
        Optional<SiteAddress> declared = SiteAddress.declaredIn(dir);
        if (declared.isPresent()) {
            return declared.get();
        }
        return siteYmlBaseUrl().map(url -> {
            try {
                return SiteAddress.of(url);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }).orElse(SiteAddress.of("/"));
    }

    /** baseUrl from content/site.yml of the current folder, if there is a readable one. */
    private static Optional<String> siteYmlBaseUrl() {
        Path file = Path.of(SITE_YML);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode url = new YAMLMapper().readTree(file.toFile()).path("baseUrl");
            return url.isTextual() && !url.asText().isBlank() ? Optional.of(withSlash(url.asText().strip()))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // folio build reports what is wrong with site.yml
        }
    }

    private static String withSlash(String url) {
        return url.endsWith("/") ? url : url + "/";
    }
}
