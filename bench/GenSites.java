import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes synthetic sites for the benchmark, the same text in folio's layout and in Hugo's.
 *
 * <pre>
 * java bench/GenSites.java stories N DIR      DIR/folio (a folio site) and DIR/hugo (a Hugo site), N stories each
 * java bench/GenSites.java portfolios N SAMPLE DIR
 *                                             N copies of the sample site SAMPLE (a folder holding content/)
 *                                             as DIR/site-001 ..., each with its own name and metric values
 * </pre>
 *
 * Stories are about 500 words of Markdown (headings, paragraphs, a list, inline code) with three
 * links to other stories. In folio's layout profile.yml holds only each story's id and title (so
 * it stays far below the loader's 2 MB limit at 10,000 stories: about 60 bytes a story); the
 * other fields are in each story's front matter. Hugo gets the same fields as front matter and
 * minimal layouts (a home page listing every story, a single page), with ugly URLs so that a
 * story is stories/ID.html in both and the same relative links work. Output depends only on the
 * arguments (a fixed random seed per story).
 */
public final class GenSites {

    static final String[] WORDS = ("latency throughput request queue cache shard replica partition consumer "
            + "producer schema index query plan rollout flag canary budget alert dashboard trace span metric "
            + "percentile batch stream window backlog retry timeout deadline circuit breaker fallback pool thread "
            + "lock contention allocation garbage heap profile sample benchmark baseline regression deploy release "
            + "pipeline build artifact container node cluster region zone failover quorum leader follower log "
            + "snapshot compaction migration backfill cutover shadow traffic placement ranking model feature "
            + "embedding vector candidate filter score signal experiment variant control lift guardrail customer "
            + "service endpoint contract client server gateway proxy balancer route handler worker job scheduler "
            + "the a of to and in on for with that this we it our was from by as at after before every each one "
            + "two three most some more less faster slower smaller larger simpler safer cheaper steady busy quiet "
            + "measured found moved kept cut raised dropped rebuilt replaced added removed split merged tuned "
            + "shipped tested reviewed owned traced cached batched streamed sharded replicated indexed").split(" ");

    static final String[] TECH = {"Java", "Kotlin", "Go", "Python", "Rust", "Kafka", "PostgreSQL", "Redis",
        "Aerospike", "Cassandra", "Elasticsearch", "Kubernetes", "Terraform", "gRPC", "GraphQL", "Spark",
        "Flink", "Airflow", "Prometheus", "Grafana", "OpenTelemetry", "Envoy", "Nginx", "RabbitMQ", "MySQL",
        "DynamoDB", "S3", "Snowflake", "dbt", "Docker"};

    static final String[] CATEGORIES = {"Backend systems", "Data pipelines", "Ranking systems", "Reliability",
        "Developer tooling", "Storage", "Search", "Observability"};

    static final String[] METRICS = {"p99-latency", "throughput", "availability", "cost", "error-rate",
        "lead-time", "pages-per-week", "cache-hit-rate"};

    static final String[] FIRST = {"Alex", "Sam", "Jordan", "Taylor", "Morgan", "Casey", "Riley", "Jamie",
        "Avery", "Quinn", "Robin", "Drew", "Kai", "Rowan", "Emery", "Sage", "Parker", "Reese", "Hayden", "Blake"};

    static final String[] LAST = {"Rivera", "Chen", "Okafor", "Novak", "Lindqvist", "Haddad", "Moreau",
        "Tanaka", "Silva", "Kowalski", "Mensah", "Byrne", "Castillo", "Ivanova", "Park", "Dubois", "Ahmed",
        "Larsen", "Costa", "Weber"};

    public static void main(String[] args) throws IOException {
        if (args.length == 3 && args[0].equals("stories")) {
            stories(Integer.parseInt(args[1]), Path.of(args[2]));
        } else if (args.length == 4 && args[0].equals("portfolios")) {
            portfolios(Integer.parseInt(args[1]), Path.of(args[2]), Path.of(args[3]));
        } else {
            System.err.println("usage: java bench/GenSites.java stories N DIR | portfolios N SAMPLE DIR");
            System.exit(64);
        }
    }

    /** One generated story: the same values go to both layouts. */
    record Story(String id, String title, String category, String summary, String problem, String approach,
            String impact, List<String> metrics, List<String> keywords, String body) {}

    static String id(int i) {
        return String.format(Locale.ROOT, "story-%05d", i);
    }

    static String title(int i) {
        Random r = new Random(7919L * i + 1);
        return capital(words(r, 4 + r.nextInt(4))) + " " + i;
    }

    static Story story(int i, int count) {
        Random r = new Random(104729L * i + 17);
        String category = CATEGORIES[r.nextInt(CATEGORIES.length)];
        List<String> metrics = new ArrayList<>();
        for (int k = 0, n = 1 + r.nextInt(3); k < n; k++) {
            String m = METRICS[r.nextInt(METRICS.length)];
            if (!metrics.contains(m)) {
                metrics.add(m);
            }
        }
        List<String> keywords = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            String t = TECH[r.nextInt(TECH.length)];
            if (!keywords.contains(t)) {
                keywords.add(t);
            }
        }
        StringBuilder body = new StringBuilder();
        int links = 0;
        for (int section = 0; section < 3; section++) {
            body.append("## ").append(capital(words(r, 3 + r.nextInt(3)))).append("\n\n");
            for (int p = 0; p < 2; p++) {
                body.append(paragraph(r, 60 + r.nextInt(30)));
                if (links < 3 && count > 1) {
                    int other = (i + 1 + r.nextInt(count - 1)) % count;
                    body.append(" See [").append(title(other)).append("](").append(id(other)).append(".html).");
                    links++;
                }
                body.append("\n\n");
            }
            if (section == 1) {
                for (int item = 0; item < 4; item++) {
                    body.append("- ").append(capital(words(r, 6 + r.nextInt(6)))).append(" with `")
                            .append(WORDS[r.nextInt(WORDS.length)]).append("`.\n");
                }
                body.append('\n');
            }
        }
        return new Story(id(i), title(i), category, paragraph(r, 20), paragraph(r, 25), paragraph(r, 25),
                paragraph(r, 20), metrics, keywords, body.toString());
    }

    static String paragraph(Random r, int words) {
        StringBuilder out = new StringBuilder();
        int left = words;
        while (left > 0) {
            int n = Math.min(left, 8 + r.nextInt(10));
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(capital(words(r, n))).append('.');
            left -= n;
        }
        return out.toString();
    }

    static String words(Random r, int n) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < n; k++) {
            if (k > 0) {
                out.append(' ');
            }
            out.append(WORDS[r.nextInt(WORDS.length)]);
        }
        return out.toString();
    }

    static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    static String quoted(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static String list(List<String> items) {
        return "[" + String.join(", ", items.stream().map(GenSites::quoted).toList()) + "]";
    }

    static void stories(int count, Path dir) throws IOException {
        Path folio = dir.resolve("folio");
        Path hugo = dir.resolve("hugo");
        StringBuilder profile = new StringBuilder("""
                basics:
                  name: "Sam Example"
                  label: "Backend Engineer"
                  headline: "Backend engineer with a great many stories"
                  email: "sam@example.com"
                  url: "https://sam.example.com/"
                  summary: "A synthetic portfolio for timing builds."
                work:
                  - name: "Example Corp"
                    position: "Backend Engineer"
                    startDate: "2020-01"
                    summary: "Builds and runs services."
                    keywords: ["Java", "Kafka", "PostgreSQL"]
                skills:
                  - name: "Backend"
                    keywords: ["Java", "Go", "Kafka", "PostgreSQL"]
                metrics:
                """);
        for (int m = 0; m < METRICS.length; m++) {
            profile.append("  - id: ").append(quoted(METRICS[m])).append('\n')
                    .append("    label: ").append(quoted(capital(METRICS[m].replace('-', ' ')))).append('\n')
                    .append("    before: \"").append(100 + 10 * m).append("\"\n")
                    .append("    after: \"").append(40 + m).append("\"\n")
                    .append("    unit: \"ms\"\n")
                    .append("    direction: \"lower-is-better\"\n");
        }
        profile.append("stories:\n");
        StringBuilder hugoHome = new StringBuilder();
        Path folioStories = folio.resolve("content/stories");
        Path hugoStories = hugo.resolve("content/stories");
        Files.createDirectories(folioStories);
        Files.createDirectories(hugoStories);
        for (int i = 0; i < count; i++) {
            Story s = story(i, count);
            profile.append("  - id: ").append(quoted(s.id())).append("\n    title: ").append(quoted(s.title()))
                    .append('\n');
            String fields = "category: " + quoted(s.category()) + "\n"
                    + "summary: " + quoted(s.summary()) + "\n"
                    + "problem: " + quoted(s.problem()) + "\n"
                    + "approach: " + quoted(s.approach()) + "\n"
                    + "impact: " + quoted(s.impact()) + "\n"
                    + "metrics: " + list(s.metrics()) + "\n"
                    + "keywords: " + list(s.keywords()) + "\n";
            write(folioStories.resolve(s.id() + ".md"), "---\n" + fields + "---\n" + s.body());
            write(hugoStories.resolve(s.id() + ".md"), "---\ntitle: " + quoted(s.title()) + "\n"
                    + "weight: " + (i + 1) + "\n" + fields + "---\n" + s.body());
        }
        write(folio.resolve("content/profile.yml"), profile.toString());
        write(folio.resolve("content/site.yml"), """
                title: "Sam Example — Backend Engineer"
                description: "A synthetic portfolio for timing builds."
                baseUrl: "https://sam.example.com/"
                theme: default
                language: en
                """);
        write(hugo.resolve("config.toml"), """
                baseURL = "https://sam.example.com/"
                title = "Sam Example — Backend Engineer"
                languageCode = "en"
                uglyURLs = true
                disableKinds = ["taxonomy", "term"]
                [markup.goldmark.renderer]
                unsafe = false
                """);
        write(hugo.resolve("layouts/_default/baseof.html"), """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>{{ .Title }} — {{ .Site.Title }}</title>
                <meta name="description" content="{{ with .Params.summary }}{{ . }}{{ else }}{{ .Site.Title }}{{ end }}">
                </head>
                <body>
                <header><a href="{{ "index.html" | relURL }}">Sam Example</a></header>
                <main>{{ block "main" . }}{{ end }}</main>
                <footer><p>© Sam Example</p></footer>
                </body>
                </html>
                """);
        write(hugo.resolve("layouts/index.html"), """
                {{ define "main" }}
                <h1>Sam Example</h1>
                <section id="stories">
                {{ range (where .Site.RegularPages "Section" "stories").ByWeight }}
                <article class="card">
                <p class="eyebrow">{{ .Params.category }}</p>
                <h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3>
                <p>{{ .Params.summary }}</p>
                <p><a href="{{ .RelPermalink }}">Read the story →</a></p>
                </article>
                {{ end }}
                </section>
                {{ end }}
                """);
        write(hugo.resolve("layouts/_default/single.html"), """
                {{ define "main" }}
                <article>
                <h1>{{ .Title }}</h1>
                <p class="summary">{{ .Params.summary }}</p>
                <section><h2 id="problem">Problem</h2><p>{{ .Params.problem }}</p></section>
                <section><h2 id="approach">Approach</h2><p>{{ .Params.approach }}</p></section>
                <section><h2 id="impact">Impact</h2><p>{{ .Params.impact }}</p></section>
                <section class="prose">{{ .Content }}</section>
                <ul class="tags">{{ range .Params.keywords }}<li>{{ . }}</li>{{ end }}</ul>
                <nav>
                {{ with .PrevInSection }}<a rel="prev" href="{{ .RelPermalink }}">← {{ .Title }}</a>{{ end }}
                {{ with .NextInSection }}<a rel="next" href="{{ .RelPermalink }}">{{ .Title }} →</a>{{ end }}
                </nav>
                </article>
                {{ end }}
                """);
        write(hugo.resolve("layouts/_default/list.html"), """
                {{ define "main" }}
                <h1>{{ .Title }}</h1>
                <ul>{{ range .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>
                {{ end }}
                """);
    }

    private static final Pattern NUMBER_VALUE =
            Pattern.compile("(?m)^(\\s+(?:value|before|after): \")(-?\\$?)(\\d+(?:\\.\\d+)?)([KM%]?\")");

    /** Copies of the sample, each with another name, address and metric values. */
    static void portfolios(int count, Path sample, Path dir) throws IOException {
        Path content = sample.resolve("content");
        for (int i = 1; i <= count; i++) {
            Random r = new Random(31L * i + 5);
            String first = FIRST[(i - 1) % FIRST.length];
            String last = LAST[((i - 1) / FIRST.length + (i - 1)) % LAST.length];
            String name = first + " " + last;
            String handle = (first + "-" + last).toLowerCase(Locale.ROOT);
            Path site = dir.resolve(String.format(Locale.ROOT, "site-%03d", i));
            try (Stream<Path> walk = Files.walk(content)) {
                for (Path from : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                    Path to = site.resolve("content").resolve(content.relativize(from).toString());
                    Files.createDirectories(to.getParent());
                    String file = from.getFileName().toString();
                    if (file.endsWith(".yml")) {
                        String text = Files.readString(from, StandardCharsets.UTF_8)
                                .replace("Alex Rivera", name)
                                .replace("alex.example.com", handle + ".example.com")
                                .replace("alex@example.com", handle + "@example.com")
                                .replace("alex-rivera", handle);
                        if (file.equals("profile.yml")) {
                            text = varied(text, r);
                        }
                        write(to, text);
                    } else {
                        Files.copy(from, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        }
    }

    /** Each whole-number metric value moved by up to ±30%, so every portfolio states other numbers. */
    static String varied(String text, Random r) {
        Matcher m = NUMBER_VALUE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String number = m.group(3);
            String changed = number;
            if (!number.contains(".")) {
                long n = Long.parseLong(number);
                changed = Long.toString(Math.max(1, Math.round(n * (0.7 + 0.6 * r.nextDouble()))));
            }
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2) + changed + m.group(4)));
        }
        m.appendTail(out);
        return out.toString();
    }

    static void write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
