package dev.folio.input.resume;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.input.jsonresume.ResumeImporter;
import dev.folio.input.yaml.ProfileReader;
import dev.folio.input.yaml.YamlReader;
import dev.folio.problem.Problems;
import dev.folio.profile.Profile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads every fixture résumé in src/test/resources/resume and scores the result against its
 * hand-written profile: precision, recall and F1 for each field, metric recall and false metrics.
 */
final class ResumeAccuracyTest {

    static final Path FIXTURES = Path.of("src/test/resources/resume");
    /** The bar for the whole set; the target is 0.95. */
    static final double MIN_F1 = 0.95;

    static List<Path> inputs() throws IOException {
        try (Stream<Path> files = Files.list(FIXTURES)) {
            return files.filter(p -> !p.getFileName().toString().endsWith(".expected.yml")
                    && !p.getFileName().toString().endsWith(".md") || p.getFileName().toString().matches("\\d\\d-.*\\.md"))
                    .filter(p -> p.getFileName().toString().matches("\\d\\d-.*")).sorted().toList();
        }
    }

    static Path expectedFor(Path input) {
        String name = input.getFileName().toString();
        String stem = name.replaceAll("\\.pdf\\.txt$|\\.txt$|\\.md$|\\.json$", "");
        return input.resolveSibling(stem + ".expected.yml");
    }

    static Profile expected(Path file) throws IOException {
        Problems problems = new Problems();
        String text = Files.readString(file);
        return new YamlReader().read(file.toString(), text.getBytes(StandardCharsets.UTF_8), problems)
                .flatMap(n -> ProfileReader.read(file.toString(), n, problems)).orElseThrow();
    }

    /** Reads a fixture as folio import would; .pdf.txt files are drawn as PDFs first. */
    static Profile parse(Path input) throws IOException {
        String name = input.getFileName().toString();
        byte[] bytes = Files.readAllBytes(input);
        if (name.endsWith(".json")) {
            Profile p = ResumeImporter.read(name, bytes, input.getParent()).profile();
            return ResumeReader.withHighlights(p).profile();
        }
        if (name.endsWith(".pdf.txt")) {
            return ResumeReader.read(name.replace(".txt", ""), TestPdfs.draw(new String(bytes, StandardCharsets.UTF_8)),
                    ResumeFormat.AUTO).profile();
        }
        return ResumeReader.read(name, bytes, ResumeFormat.AUTO).profile();
    }

    @Test
    void fixturesScoreAtLeastTheBar() throws IOException {
        Score all = new Score();
        StringBuilder report = new StringBuilder("\nRésumé import accuracy (" + inputs().size() + " résumés)\n");
        for (Path input : inputs()) {
            Score s = Score.of(input.getFileName().toString(), expected(expectedFor(input)), parse(input));
            report.append(String.format("  %-28s F1 %.3f  metrics %d/%d, %d false%n", input.getFileName(), s.total().f1(),
                    s.metricsMatched, s.metricsExpected, s.metricsFound - s.metricsMatched));
            all.add(s);
        }
        report.append(String.format("  %-14s %9s %9s %9s%n", "field", "precision", "recall", "F1"));
        for (Map.Entry<String, Score.Count> e : all.fields.entrySet()) {
            Score.Count c = e.getValue();
            report.append(String.format("  %-14s %9.3f %9.3f %9.3f%n", e.getKey(), c.precision(), c.recall(), c.f1()));
        }
        Score.Count t = all.total();
        report.append(String.format("  %-14s %9.3f %9.3f %9.3f%n", "all fields", t.precision(), t.recall(), t.f1()));
        report.append(String.format("  metric recall %.3f (%d of %d), false metrics %d of %d found%n",
                (double) all.metricsMatched / Math.max(1, all.metricsExpected), all.metricsMatched, all.metricsExpected,
                all.metricsFound - all.metricsMatched, all.metricsFound));
        if (Boolean.getBoolean("resume.misses")) {
            all.misses.forEach(m -> report.append("  - ").append(m).append('\n'));
        }
        System.out.println(report);
        assertTrue(t.f1() >= MIN_F1, "field F1 " + t.f1() + " is below " + MIN_F1 + report);
    }
}
