import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns bench/results.csv into bench/results.md: the machine, the tables and a verdict for each
 * target. Everything after the line {@code <!-- notes -->} of an existing results.md (the
 * explanations written by hand) is kept.
 *
 * <pre>
 * java bench/Report.java results.csv results.md key=value...
 * </pre>
 *
 * Keys: date, machine, medium, load, java, hugo, hyperfine, sizes, portfolios.
 */
public final class Report {

    static final String NOTES = "<!-- notes -->";

    /** The commands behind the names the script gives hyperfine. */
    static final Map<String, String> DISPLAY = Map.of(
            "java -jar", "java -jar target/folio.jar build",
            "bin/folio", "bin/folio build",
            "mvn validate", "mvn -q validate",
            "mvn generate", "mvn generate");

    record Row(String caseName, String tool, int runs, Optional<Double> median, Optional<Double> min,
            Optional<Double> max, Optional<Double> user, Optional<Double> system, long pages, Optional<Long> rssMb) {}

    public static void main(String[] args) throws IOException {
        Path csv = Path.of(args[0]);
        Path md = Path.of(args[1]);
        Map<String, String> facts = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            String[] kv = args[i].split("=", 2);
            facts.put(kv[0], kv[1]);
        }
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(csv, StandardCharsets.UTF_8).subList(1, Files.readAllLines(csv).size())) {
            String[] f = line.split(",", -1);
            rows.add(new Row(f[0], f[1], Integer.parseInt(f[2]), num(f[3]), num(f[5]), num(f[6]), num(f[7]), num(f[8]),
                    Long.parseLong(f[9]), f[10].isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(f[10]))));
        }
        String notes = "";
        if (Files.exists(md)) {
            String old = Files.readString(md, StandardCharsets.UTF_8);
            int at = old.indexOf(NOTES);
            if (at >= 0) {
                notes = old.substring(at + NOTES.length());
            }
        }
        StringBuilder out = new StringBuilder();
        out.append("# Build speed: folio and Hugo\n\n");
        out.append("Measured by `bench/run.sh` on ").append(facts.get("date")).append(": cold builds (a new process ")
                .append("each run) timed with hyperfine, folio and Hugo side by side in the same run, on the same ")
                .append("output medium. Medians in seconds; the machine is shared, so only ratios carry over.\n\n");
        out.append("| | |\n| --- | --- |\n");
        out.append("| machine | ").append(facts.get("machine")).append(" |\n");
        out.append("| output medium | ").append(facts.get("medium")).append(" |\n");
        out.append("| load average (1, 5, 15 min) | ").append(facts.get("load")).append(" |\n");
        out.append("| Java | ").append(facts.get("java")).append(" |\n");
        out.append("| Hugo | ").append(facts.get("hugo")).append(" |\n");
        out.append("| hyperfine | ").append(facts.get("hyperfine")).append(" |\n\n");

        out.append("## The sample site (5 pages)\n\n");
        out.append("| command | median | min | max | runs |\n| --- | ---: | ---: | ---: | ---: |\n");
        for (Row r : rows) {
            if ((r.caseName().equals("sample") || r.caseName().equals("sample-mvn")) && r.median().isPresent()) {
                out.append("| `").append(DISPLAY.getOrDefault(r.tool(), r.tool())).append("` | ").append(s(r.median())).append(" | ")
                        .append(s(r.min())).append(" | ").append(s(r.max())).append(" | ").append(r.runs()).append(" |\n");
            }
        }
        Optional<Row> launcher = find(rows, "sample", "bin/folio");
        out.append("\nTarget: a cold build of the sample site in at most 0.6 s with the JVM (`bin/folio build`): ")
                .append(verdict(launcher.flatMap(Row::median).map(m -> m <= 0.6), launcher.flatMap(Row::median)
                        .map(m -> String.format(Locale.ROOT, "%.2f s", m)).orElse("not measured")))
                .append(". Peak memory: ").append(find(rows, "sample", "folio").flatMap(Row::rssMb)
                        .map(m -> m + " MB").orElse("not measured")).append(".\n");
        Optional<Double> floor = find(rows, "sample-mvn", "mvn validate").flatMap(Row::median);
        Optional<Double> generate = find(rows, "sample-mvn", "mvn generate").flatMap(Row::median);
        Optional<Double> overFloor = floor.flatMap(f -> generate.map(g -> g - f));
        out.append("Target: `mvn generate` with nothing changed at most 1.5 s above Maven's floor (`mvn -q validate`): ")
                .append(verdict(overFloor.map(d -> d <= 1.5), overFloor.map(d -> String.format(Locale.ROOT,
                        "%.2f s above it (%.2f × the floor)", d, generate.get() / floor.get())).orElse("not measured")))
                .append(".\n\n");

        out.append("## Story sites: folio and Hugo\n\n");
        out.append("Each story is about 500 words of Markdown with links to three other stories; pages = stories + ")
                .append("the home page (a card for every story) + the 404 page. Hugo gets the same text and minimal ")
                .append("layouts (a home page listing every story, a single page).\n\n");
        out.append("| pages | folio | Hugo | folio / Hugo | folio ms/page | Hugo ms/page | folio peak RSS | Hugo peak RSS ")
                .append("| `java -jar target/folio.jar check` | `bin/folio check` | runs |\n");
        out.append("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        List<String> sizes = List.of(facts.getOrDefault("sizes", "").trim().split("\\s+"));
        Map<String, Double> perPage = new LinkedHashMap<>();
        for (String n : sizes) {
            String c = "s" + n;
            Optional<Row> f = find(rows, c, "folio");
            Optional<Row> h = find(rows, c, "hugo");
            Optional<Row> check = find(rows, "check" + n, "java -jar check");
            Optional<Row> launcherCheck = find(rows, "check" + n, "bin/folio check");
            long pages = f.map(Row::pages).orElse(0L);
            Optional<Double> fm = f.flatMap(Row::median);
            Optional<Double> hm = h.flatMap(Row::median);
            fm.ifPresent(m -> perPage.put(n, m * 1000 / pages));
            out.append("| ").append(pages).append(" | ").append(s(fm)).append(" | ").append(s(hm)).append(" | ")
                    .append(fm.isPresent() && hm.isPresent() ? String.format(Locale.ROOT, "%.2f", fm.get() / hm.get()) : "–")
                    .append(" | ").append(fm.map(m -> String.format(Locale.ROOT, "%.2f", m * 1000 / pages)).orElse("–"))
                    .append(" | ").append(hm.map(m -> String.format(Locale.ROOT, "%.2f", m * 1000 / pages)).orElse("–"))
                    .append(" | ").append(rss(rows, c, "folio")).append(" | ").append(rss(rows, c, "hugo"))
                    .append(" | ").append(s(check.flatMap(Row::median))).append(" | ")
                    .append(s(launcherCheck.flatMap(Row::median))).append(" | ").append(f.map(Row::runs).orElse(0))
                    .append(" |\n");
        }
        Optional<Row> f4 = find(rows, "s4000", "folio");
        Optional<Row> h4 = find(rows, "s4000", "hugo");
        Optional<Double> ratio4 = f4.flatMap(Row::median).flatMap(f -> h4.flatMap(Row::median).map(h -> f / h));
        Optional<Long> rss10 = rows.stream().filter(r -> r.caseName().equals("s10000") && r.tool().equals("folio"))
                .flatMap(r -> r.rssMb().stream()).findFirst();
        out.append("\nTargets:\n\n");
        out.append("- 4,000 story pages in at most 1.0 × Hugo's time: ").append(verdict(ratio4.map(r -> r <= 1.0),
                ratio4.map(r -> String.format(Locale.ROOT, "%.2f × Hugo", r)).orElse("not measured"))).append('\n');
        out.append("- 10,000 story pages in at most 512 MB (peak RSS): ").append(verdict(rss10.map(m -> m <= 512),
                rss10.map(m -> m + " MB").orElse("not measured"))).append('\n');
        Optional<Double> pp4 = Optional.ofNullable(perPage.get("4000"));
        Optional<Double> pp10 = Optional.ofNullable(perPage.get("10000"));
        Optional<Double> growth = pp4.flatMap(a -> pp10.map(b -> b / a));
        out.append("- time growing linearly with pages (the cost of a page at 10,000 at most 1.25 × its cost at 4,000): ")
                .append(verdict(growth.map(g -> g <= 1.25), growth.map(g -> String.format(Locale.ROOT,
                        "%.2f ms a page at 4,000, %.2f at 10,000 (× %.2f)", pp4.get(), pp10.get(), g))
                        .orElse("not measured"))).append("\n\n");

        out.append("## Many sites at once\n\n");
        out.append("| case | median | per site | runs | peak RSS |\n| --- | ---: | ---: | ---: | ---: |\n");
        String portfolios = facts.getOrDefault("portfolios", "200");
        find(rows, "sites" + portfolios, "folio --sites").ifPresent(r -> out.append("| `folio build --sites` with ")
                .append(portfolios).append(" copies of the sample | ").append(s(r.median())).append(" | ")
                .append(ms(r.median(), Integer.parseInt(portfolios))).append(" | ").append(r.runs()).append(" | ")
                .append(rss(rows, "sites" + portfolios, "folio")).append(" |\n"));
        int few = Integer.parseInt(facts.getOrDefault("few", "20"));
        find(rows, "one-by-one" + few, "folio one process per site").ifPresent(r -> out
                .append("| `bin/folio build` once per site, ").append(few).append(" of them | ").append(s(r.median()))
                .append(" | ").append(ms(r.median(), few)).append(" | ").append(r.runs()).append(" | – |\n"));
        out.append('\n').append(NOTES);
        out.append(notes.isEmpty() ? "\n" : notes);
        Files.writeString(md, out.toString(), StandardCharsets.UTF_8);
    }

    static Optional<Double> num(String s) {
        return s.isEmpty() ? Optional.empty() : Optional.of(Double.parseDouble(s));
    }

    static Optional<Row> find(List<Row> rows, String caseName, String tool) {
        return rows.stream().filter(r -> r.caseName().equals(caseName) && r.tool().equals(tool) && r.median().isPresent())
                .findFirst().or(() -> rows.stream().filter(r -> r.caseName().equals(caseName) && r.tool().equals(tool))
                        .findFirst());
    }

    static String rss(List<Row> rows, String caseName, String tool) {
        return rows.stream().filter(r -> r.caseName().equals(caseName) && r.tool().equals(tool))
                .flatMap(r -> r.rssMb().stream()).findFirst().map(m -> m + " MB").orElse("–");
    }

    static String s(Optional<Double> seconds) {
        return seconds.map(v -> String.format(Locale.ROOT, "%.3f s", v)).orElse("–");
    }

    static String ms(Optional<Double> seconds, int count) {
        return seconds.map(v -> String.format(Locale.ROOT, "%.0f ms", v * 1000 / count)).orElse("–");
    }

    static String verdict(Optional<Boolean> met, String value) {
        return met.map(m -> (m ? "**met**" : "**not met**") + " (" + value + ")").orElse("not measured");
    }
}
