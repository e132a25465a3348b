package dev.folio.input.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.input.yaml.ProfileReader;
import dev.folio.input.yaml.YamlReader;
import dev.folio.output.yaml.ProfileYaml;
import dev.folio.problem.InvalidInputException;
import dev.folio.problem.Problem;
import dev.folio.problem.Problems;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Any input: junk, pathological text and mutated résumés finish fast and give a profile folio loads. */
final class ResumeRobustnessTest {

    /** The written profile loads with folio's own reader, without a single problem. */
    static void loads(ParsedResume parsed) {
        ParsedResume named = parsed.nameFound() ? parsed : ResumeReader.withName(parsed, null);
        String yaml = ProfileYaml.write(named.profile(), List.of("test"), named.reviews().map());
        Problems problems = new Problems();
        new YamlReader().read("profile.yml", yaml.getBytes(StandardCharsets.UTF_8), problems)
                .flatMap(n -> ProfileReader.read("profile.yml", n, problems));
        assertEquals(List.of(), problems.sorted().stream().map(Problem::format).toList(), yaml);
    }

    static long millis(Runnable r) {
        long start = System.nanoTime();
        r.run();
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void everyFixtureLoadsWithFolio() throws Exception {
        for (Path input : ResumeAccuracyTest.inputs()) {
            String name = input.getFileName().toString();
            if (name.endsWith(".json")) {
                continue;
            }
            byte[] bytes = Files.readAllBytes(input);
            if (name.endsWith(".pdf.txt")) {
                bytes = TestPdfs.draw(new String(bytes, StandardCharsets.UTF_8));
            }
            loads(ResumeReader.read(name, bytes, ResumeFormat.AUTO));
        }
    }

    /**
     * Pathological megabytes are read in time linear in their size (about a second or less here). The bound is
     * loose on purpose, so that a busy machine does not fail it: what it catches is a blow-up (a regular
     * expression that backtracks), which takes minutes, not seconds.
     */
    @Test
    void aMegabyteOfJunkIsReadWithoutBlowingUp() {
        Random random = new Random(42);
        StringBuilder junk = new StringBuilder();
        String alphabet = "aZ09 -–•*|·,.:;()[]$%+/#\t\n@_~\\";
        while (junk.length() < 1_000_000) {
            junk.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        List<String> inputs = List.of(junk.toString(),
                "1".repeat(1_000_000),
                "a ".repeat(500_000),
                ("Jan 2020 - " + "2021 ".repeat(100) + "\n").repeat(1600),
                ("- reduced latency by " + "9".repeat(200) + "% from 1 ms to 2 ms\n").repeat(4000),
                "(".repeat(500_000) + ")".repeat(500_000),
                ("Engineer, Example Corp, Denver, CO, " .repeat(30) + "\n").repeat(900),
                "x@".repeat(500_000),
                ("$1K+/mo 10K+ QPS p99 < 5ms 99.99% ".repeat(20) + "\n").repeat(1400),
                ("1/21 - 06/19 – 12/2 " .repeat(40) + "\n").repeat(1200),
                ("März 2021 – heute von 420 ms auf 95 ms de 4 a " .repeat(20) + "\n").repeat(1000));
        for (String input : inputs) {
            ParsedResume[] out = new ParsedResume[1];
            long ms = millis(() -> out[0] = ResumeReader.readText(input));
            assertTrue(ms < 10_000, "took " + ms + " ms on input starting " + input.substring(0, 40));
            loads(out[0]);
        }
    }

    @Test
    void mutatedResumesNeverThrowAndAlwaysLoad() throws Exception {
        List<String> seeds = new ArrayList<>();
        for (Path input : ResumeAccuracyTest.inputs()) {
            if (!input.toString().endsWith(".json")) {
                seeds.add(Files.readString(input));
            }
        }
        Random random = new Random(20240601L);
        String inserts = "\n\t•-–*|·,:()$%+0123456789 KMB/ms QPS Present 2019 ## ** \\ @ é 😀 \u0000 \u200B";
        for (int n = 0; n < 300; n++) {
            StringBuilder s = new StringBuilder(seeds.get(random.nextInt(seeds.size())));
            int edits = 1 + random.nextInt(40);
            for (int e = 0; e < edits && s.length() > 0; e++) {
                int at = random.nextInt(s.length());
                switch (random.nextInt(5)) {
                    case 0 -> s.deleteCharAt(at);
                    case 1 -> s.insert(at, inserts.charAt(random.nextInt(inserts.length())));
                    case 2 -> {
                        int end = Math.min(s.length(), at + random.nextInt(80));
                        String cut = s.substring(at, end);
                        s.delete(at, end);
                        s.insert(random.nextInt(s.length() + 1), cut);
                    }
                    case 3 -> s.setCharAt(at, Character.toUpperCase(s.charAt(at)));
                    default -> s.insert(at, "\n");
                }
            }
            String text = s.toString();
            ParsedResume parsed = ResumeReader.readText(text);
            assertTrue(parsed.report().missing().stream().noneMatch(m -> m.contains("this is a bug in folio")),
                    "failed on mutation " + n + ":\n" + text);
            loads(parsed);
        }
    }

    @Test
    void brokenPdfBytesGiveAProblemNotAnException() {
        Random random = new Random(7);
        byte[] good = TestPdfs.draw("Sam Example\nEXPERIENCE\nEngineer, Example Corp\t>2020 – 2021\n• Served 25K QPS");
        for (int n = 0; n < 40; n++) {
            byte[] bytes = good.clone();
            for (int e = 0; e < 1 + random.nextInt(30); e++) {
                bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
            }
            try {
                loads(ResumeReader.read("cv.pdf", bytes, ResumeFormat.PDF));
            } catch (dev.folio.problem.InvalidInputException e) {
                assertTrue(e.problems().get(0).format().startsWith("cv.pdf: "), e.problems().toString());
            }
        }
    }

    @Test
    void aFormDrawnOverAndOverIsChargedEachTimeItIsDrawn() {
        byte[] pdf = TestPdfs.drawsForm(1024 * 1024, 100);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> assertTimeoutPreemptively(
                Duration.ofSeconds(30), () -> ResumeReader.read("cv.pdf", pdf, ResumeFormat.PDF)));
        assertEquals(List.of("cv.pdf: inflates to more than 64 MB of page content, which no résumé needs; this looks "
                + "like a damaged or hostile file: export the résumé to PDF again, or save it as plain text and import "
                + "that"), e.problems().stream().map(Problem::format).toList());
    }
}
