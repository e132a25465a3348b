package dev.folio.input.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.problem.Problem;
import dev.folio.problem.Problems;
import dev.folio.profile.Profile;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Each broken profile with the exact messages it must produce. */
final class ProfileReaderTest {

    static final String FILE = "content/profile.yml";

    static List<String> problems(String yaml) {
        return problems(yaml.getBytes(StandardCharsets.UTF_8));
    }

    static List<String> problems(byte[] bytes) {
        Problems problems = new Problems();
        new YamlReader().read(FILE, bytes, problems).ifPresent(node -> ProfileReader.read(FILE, node, problems));
        return problems.sorted().stream().map(Problem::format).toList();
    }

    @Test
    void validProfileHasNoProblems() {
        Problems problems = new Problems();
        Optional<Profile> profile = new YamlReader().read(FILE, """
                basics:
                  name: Sam Example
                  location: {city: Denver, countryCode: US}
                work:
                  - name: Example Corp
                    startDate: 2020
                    endDate: 2021-03
                metrics:
                  - {id: uptime, label: Availability, value: "99.99", unit: "%"}
                """.getBytes(StandardCharsets.UTF_8), problems).flatMap(n -> ProfileReader.read(FILE, n, problems));
        assertEquals(List.of(), problems.sorted());
        assertEquals("Denver, US", profile.get().basics().location().display());
        assertEquals("2020", profile.get().work().get(0).startDate().get().iso());
        assertEquals("99.99%", profile.get().metrics().get(0).display());
    }

    @Test
    void unknownKeySuggestsTheNearest() {
        assertEquals(List.of("content/profile.yml:3:1: bascis is not a known key; did you mean \"basics\"?"),
                problems("basics:\n  name: A\nbascis: x\n"));
    }

    @Test
    void misspeltRequiredKeyIsReportedOnce() {
        assertEquals(List.of("content/profile.yml:2:3: basics.nmae is not a known key; did you mean \"name\"?"),
                problems("basics:\n  nmae: A\n"));
    }

    @Test
    void missingNameAndBadDateAndEndBeforeStart() {
        assertEquals(List.of(
                "content/profile.yml:2:3: basics.name is missing; add the person's name, e.g. name: Alex Rivera",
                "content/profile.yml:6:14: work[0].endDate 2019 is before startDate 2020-05; swap them or fix the year",
                "content/profile.yml:8:16: work[1].startDate \"May 2020\" is not a date; use YYYY-MM or YYYY"),
                problems("""
                        basics:
                          label: Engineer
                        work:
                          - name: A
                            startDate: 2020-05
                            endDate: 2019
                          - name: B
                            startDate: May 2020
                        """));
    }

    @Test
    void wrongTypes() {
        assertEquals(List.of(
                "content/profile.yml:2:9: basics.name should be text, found a list",
                "content/profile.yml:4:17: work[0].highlights should be a list (lines starting with \"- \"), found text",
                "content/profile.yml:5:9: skills should be a list (lines starting with \"- \"), found a mapping"),
                problems("""
                        basics:
                          name: [a, b]
                        work:
                          - highlights: one line
                        skills: {name: x}
                        """).stream().filter(p -> !p.contains("work[0].name")).toList());
    }

    @Test
    void metricsAndStoriesAreCrossChecked() {
        assertEquals(List.of(
                "content/profile.yml:6:5: metrics[1] has no number; give value: \"-250 ms\", or before: and after:",
                "content/profile.yml:6:9: metrics[1].id \"p99\" is already used by the metric on line 3; ids must be unique",
                "content/profile.yml:8:5: metrics[2].label is missing; say what the number measures, e.g. label: p99 latency",
                "content/profile.yml:8:10: metrics[2].id \"P 99\" is not a valid id; use lower-case letters, digits and dashes, e.g. \"p-99\"",
                "content/profile.yml:8:27: metrics[2].direction \"down\" is not a direction; use lower-is-better or higher-is-better",
                "content/profile.yml:14:9: stories[0].metrics[1] names metric \"nope\", which does not exist; known ids: p99"),
                problems("""
                        basics: {name: A}
                        metrics:
                          - id: p99
                            label: p99 latency
                            value: 95 ms
                          - id: p99
                            label: again
                          - {id: P 99, direction: down, value: "1"}
                        stories:
                          - id: s
                            title: S
                            metrics:
                              - p99
                              - nope
                        """));
    }

    @Test
    void unsafeLinksAreRefused() {
        assertEquals(List.of("content/profile.yml:1:24: basics.url \"javascript:alert(1)\" is not a web address; "
                + "use a full https://, mailto: or tel: link"),
                problems("basics: {name: A, url: \"javascript:alert(1)\"}\n"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            basics:\\n\\tname: A                 | content/profile.yml:2:1: a tab is used for indentation; YAML needs spaces
            basics:\\n  name: [A\\n              | content/profile.yml:2:9: a [ list ] starting here is not closed; add the missing ] or quote the text
            basics:\\n  name: A\\n  name: B     | content/profile.yml:3:3: key "name" appears twice (first on line 2); keep one of them
            - a\\n- b                           | content/profile.yml:1:1: the file should be a mapping of keys and values, found a list
            """)
    void brokenYaml(String yaml, String expected) {
        List<String> found = problems(yaml.replace("\\n", "\n").replace("\\t", "\t"));
        assertTrue(found.contains(expected), String.join("\n", found));
    }

    @Test
    void invalidUtf8IsLocated() {
        byte[] bytes = "basics:\n  name: Ren\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("content/profile.yml:2:12: byte 0xE9 is not valid UTF-8; save the file as UTF-8"),
                problems(bytes));
    }

    @Test
    void byteOrderMarkAndCrlfAreAccepted() {
        assertEquals(List.of(), problems("\uFEFFbasics:\r\n  name: A\r\n"));
    }

    @Test
    void emptyFileAsksForTheName() {
        assertEquals(List.of("content/profile.yml:1:1: basics is missing; start the file with \"basics:\" and the person's name"),
                problems(""));
    }

    @Test
    void hugeFileIsRefused() {
        byte[] big = new byte[YamlReader.MAX_BYTES + 1];
        java.util.Arrays.fill(big, (byte) '#');
        List<String> found = problems(big);
        assertEquals(1, found.size());
        assertTrue(found.get(0).startsWith("content/profile.yml: file is 2097153 bytes, more than the limit"), found.get(0));
    }
}
