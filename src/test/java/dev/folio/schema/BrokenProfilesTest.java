package dev.folio.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Typical mistakes: what an editor flags (schema errors as "location keyword") and what
 * {@code folio build} says for the same file (the loader's exact messages). Each case edits one line
 * of {@link #PROFILE}, which both accept as it is. The last tests pin down where the two
 * deliberately differ.
 */
final class BrokenProfilesTest {

    static final String PROFILE = """
            basics:
              name: Sam Example
              url: https://sam.example.com/
            work:
              - name: Example Corp
                startDate: "2021-06"
                highlights:
                  - Cut checkout p99 from 900 ms to 250 ms.
                keywords: [Java, Kafka]
            metrics:
              - id: checkout-p99
                label: Checkout p99 latency
                before: "900"
                after: "250"
                unit: ms
                direction: lower-is-better
            stories:
              - id: checkout-latency
                title: Halving checkout latency
                metrics: [checkout-p99]
            """;

    static final String SITE = """
            title: Sam Example
            baseUrl: https://sam.example.com/
            theme: default
            language: en
            """;

    @TempDir
    Path temp;

    static Stream<Arguments> brokenProfiles() {
        return Stream.of(
                Arguments.of("misspelt key", "    highlights:", "    hightlights:",
                        List.of("/work/0 additionalProperties hightlights"),
                        List.of("content/profile.yml:7:5: work[0].hightlights is not a known key; "
                                + "did you mean \"highlights\"?")),
                Arguments.of("month 13", "\"2021-06\"", "\"2020-13\"",
                        List.of("/work/0/startDate pattern"),
                        List.of("content/profile.yml:6:16: work[0].startDate \"2020-13\" is not a date; "
                                + "use YYYY-MM or YYYY")),
                Arguments.of("a full date", "\"2021-06\"", "2021-06-01",
                        List.of("/work/0/startDate pattern"),
                        List.of("content/profile.yml:6:16: work[0].startDate \"2021-06-01\" is not a date; "
                                + "use YYYY-MM or YYYY")),
                Arguments.of("a year of three digits", "\"2021-06\"", "999",
                        List.of("/work/0/startDate minimum"),
                        List.of("content/profile.yml:6:16: work[0].startDate \"999\" is not a date; "
                                + "use YYYY-MM or YYYY")),
                Arguments.of("id with capitals and a space", "id: checkout-latency", "id: Checkout Latency",
                        List.of("/stories/0/id pattern"),
                        List.of("content/profile.yml:18:9: stories[0].id \"Checkout Latency\" is not a valid id; "
                                + "use lower-case letters, digits and dashes, e.g. \"checkout-latency\"")),
                Arguments.of("javascript: link", "https://sam.example.com/", "\"javascript:alert(1)\"",
                        List.of("/basics/url pattern"),
                        List.of("content/profile.yml:3:8: basics.url \"javascript:alert(1)\" is not a web address; "
                                + "use a full https://, mailto: or tel: link")),
                Arguments.of("ftp: link", "https://sam.example.com/", "ftp://files.example.com/",
                        List.of("/basics/url pattern"),
                        List.of("content/profile.yml:3:8: basics.url \"ftp://files.example.com/\" is not a web "
                                + "address; use a full https://, mailto: or tel: link")),
                Arguments.of("metric without a number", "    before: \"900\"\n    after: \"250\"\n", "",
                        List.of("/metrics/0 oneOf", "/metrics/0 required after", "/metrics/0 required before",
                                "/metrics/0 required value"),
                        List.of("content/profile.yml:11:5: metrics[0] has no number; give value: \"-250 ms\", "
                                + "or before: and after:")),
                Arguments.of("metric with before but no after", "    after: \"250\"\n", "",
                        List.of("/metrics/0 oneOf", "/metrics/0 required after", "/metrics/0 required value",
                                "/metrics/0/before pattern"),
                        List.of("content/profile.yml:13:13: metrics[0] has before but no after; give both, "
                                + "or a single value")),
                Arguments.of("metric with a blank value", "    before: \"900\"\n    after: \"250\"\n",
                        "    value: \" \"\n",
                        List.of("/metrics/0 oneOf", "/metrics/0 required after", "/metrics/0 required before",
                                "/metrics/0/value pattern"),
                        List.of("content/profile.yml:13:12: metrics[0] has no number; give value: \"-250 ms\", "
                                + "or before: and after:")),
                Arguments.of("metric with value and before/after", "    unit: ms\n", "    unit: ms\n    value: -650\n",
                        List.of("/metrics/0 oneOf", "/metrics/0/after pattern", "/metrics/0/before pattern",
                                "/metrics/0/value type"),
                        List.of("content/profile.yml:13:13: metrics[0] has both value and before/after; "
                                + "keep one form")),
                Arguments.of("unknown direction", "lower-is-better", "lower",
                        List.of("/metrics/0/direction enum"),
                        List.of("content/profile.yml:16:16: metrics[0].direction \"lower\" is not a direction; "
                                + "use lower-is-better or higher-is-better")),
                Arguments.of("one keyword instead of a list", "keywords: [Java, Kafka]", "keywords: Java",
                        List.of("/work/0/keywords type"),
                        List.of("content/profile.yml:9:15: work[0].keywords should be a list (lines starting with "
                                + "\"- \"), found text")),
                Arguments.of("no name", "  name: Sam Example\n", "",
                        List.of("/basics required name"),
                        List.of("content/profile.yml:2:3: basics.name is missing; add the person's name, "
                                + "e.g. name: Alex Rivera")),
                Arguments.of("a blank name", "  name: Sam Example\n", "  name: \"  \"\n",
                        List.of("/basics/name pattern"),
                        List.of("content/profile.yml:2:9: basics.name is missing; add the person's name, "
                                + "e.g. name: Alex Rivera")),
                Arguments.of("unknown top-level key", "stories:\n", "blog: https://blog.example.com/\nstories:\n",
                        List.of("/ additionalProperties blog"),
                        List.of("content/profile.yml:17:1: blog is not a known key; known keys here: basics, work, "
                                + "education, skills, projects, awards, languages, metrics, stories, principles, "
                                + "sections")),
                Arguments.of("a list item that is not a mapping", "  - name: Example Corp\n",
                        "  - Example Corp\n  - name: Example Corp\n",
                        List.of("/work/0 type"),
                        List.of("content/profile.yml:5:5: work[0] should be a mapping of keys and values, "
                                + "found text")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenProfiles")
    void brokenProfileIsRejectedByBoth(String name, String line, String broken, List<String> schemaErrors,
            List<String> loaderProblems) {
        String yaml = PROFILE.replace(line, broken);
        assertNotEquals(PROFILE, yaml, "the case changes the profile");
        assertEquals(schemaErrors, Schemas.errors(Schemas.json(Schemas.PROFILE), Schemas.yaml(yaml)));
        assertEquals(loaderProblems, Loader.profileProblems(temp, yaml));
    }

    static Stream<Arguments> brokenSettings() {
        return Stream.of(
                Arguments.of("theme with a space", "theme: default", "theme: Fancy Theme",
                        List.of("/theme pattern"),
                        List.of("content/site.yml:3:8: theme \"Fancy Theme\" is not a theme name; use the name of a "
                                + "folder in themes/, e.g. default")),
                Arguments.of("language name instead of a tag", "language: en", "language: English",
                        List.of("/language pattern"),
                        List.of("content/site.yml:4:11: language \"English\" is not a language tag; "
                                + "use e.g. en or en-GB")),
                Arguments.of("ftp base address", "https://sam.example.com/", "ftp://sam.example.com/",
                        List.of("/baseUrl pattern"),
                        List.of("content/site.yml:2:10: baseUrl \"ftp://sam.example.com/\" is not an address; "
                                + "use the site's full address, e.g. https://alex.example.com/")),
                Arguments.of("misspelt key", "baseUrl:", "baseURL:",
                        List.of("/ additionalProperties baseURL"),
                        List.of("content/site.yml:2:1: baseURL is not a known key; did you mean \"baseUrl\"?")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenSettings")
    void brokenSettingsAreRejectedByBoth(String name, String line, String broken, List<String> schemaErrors,
            List<String> loaderProblems) {
        String yaml = SITE.replace(line, broken);
        assertNotEquals(SITE, yaml, "the case changes the settings");
        assertEquals(schemaErrors, Schemas.errors(Schemas.json(Schemas.SITE), Schemas.yaml(yaml)));
        assertEquals(loaderProblems, Loader.problems(temp, Map.of("profile.yml", PROFILE, "site.yml", yaml)));
    }

    static Stream<Arguments> acceptedByBoth() {
        return Stream.of(
                Arguments.of("the profile as it is", "", ""),
                Arguments.of("an unquoted year", "\"2021-06\"", "2021"),
                Arguments.of("an unquoted year and month", "\"2021-06\"", "2021-06"),
                Arguments.of("an empty optional key", "    startDate: \"2021-06\"\n",
                        "    startDate: \"2021-06\"\n    endDate:\n"),
                Arguments.of("an unquoted number as value", "    before: \"900\"\n    after: \"250\"\n",
                        "    value: -650\n"),
                Arguments.of("numbers as before and after", "\"900\"", "900"),
                Arguments.of("a mailto: link", "https://sam.example.com/", "mailto:sam@example.com"),
                Arguments.of("a tel: link in capitals", "https://sam.example.com/", "TEL:+15550123"),
                Arguments.of("a number as an id", "id: checkout-latency", "id: 2024"),
                Arguments.of("a number as text", "name: Example Corp", "name: 1999"),
                Arguments.of("an empty list", "keywords: [Java, Kafka]", "keywords: []"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("acceptedByBoth")
    void acceptedByBoth(String name, String line, String changed) {
        String yaml = PROFILE.replace(line, changed);
        assertEquals(List.of(), Schemas.errors(Schemas.json(Schemas.PROFILE), Schemas.yaml(yaml)));
        assertEquals(List.of(), Loader.profileProblems(temp, yaml));
    }

    /**
     * What only folio checks, because it needs more than one value or a look at the disk: the schema
     * accepts these and the build stops.
     */
    static Stream<Arguments> onlyTheLoaderRejects() {
        return Stream.of(
                Arguments.of("end before start", "    startDate: \"2021-06\"\n",
                        "    startDate: \"2021-06\"\n    endDate: 2020\n",
                        "content/profile.yml:7:14: work[0].endDate 2020 is before startDate 2021-06; "
                                + "swap them or fix the year"),
                Arguments.of("a story names a metric that does not exist", "metrics: [checkout-p99]",
                        "metrics: [checkout-p50]",
                        "content/profile.yml:20:15: stories[0].metrics[0] names metric \"checkout-p50\", which does "
                                + "not exist; known ids: checkout-p99"),
                Arguments.of("two metrics with one id", "stories:\n",
                        "  - {id: checkout-p99, label: Again, value: 1}\nstories:\n",
                        "content/profile.yml:17:10: metrics[1].id \"checkout-p99\" is already used by the metric on "
                                + "line 11; ids must be unique"),
                Arguments.of("a photo that is not there", "  url: https://sam.example.com/\n",
                        "  url: https://sam.example.com/\n  image: images/me.jpg\n",
                        "content/profile.yml:4:10: basics.image \"images/me.jpg\" does not exist; put the file at "
                                + "content/images/me.jpg"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("onlyTheLoaderRejects")
    void onlyTheLoaderRejects(String name, String line, String changed, String problem) {
        String yaml = PROFILE.replace(line, changed);
        assertNotEquals(PROFILE, yaml);
        assertEquals(List.of(), Schemas.errors(Schemas.json(Schemas.PROFILE), Schemas.yaml(yaml)));
        assertEquals(List.of(problem), Loader.profileProblems(temp, yaml));
    }

    @Test
    void onlyTheLoaderKnowsWhichThemesAreInstalled() {
        String site = SITE.replace("theme: default", "theme: fancy");
        assertEquals(List.of(), Schemas.errors(Schemas.json(Schemas.SITE), Schemas.yaml(site)));
        assertEquals(List.of("content/site.yml:3:8: theme \"fancy\" is not installed; available: " + dev.folio.build.TestSites.INSTALLED + " "
                + "(a site's own theme lives in themes/fancy/theme.yml)"),
                Loader.problems(temp, Map.of("profile.yml", PROFILE, "site.yml", site)));
    }

    /**
     * Where the schema is deliberately stricter: the loader reads any scalar as text, so it takes
     * true as a label and an empty quoted direction as none; an editor flags both as likely slips.
     */
    @Test
    void theSchemaIsStricterAboutBooleansAndEmptyDirections() {
        String yaml = PROFILE.replace("  name: Sam Example\n", "  name: Sam Example\n  label: true\n")
                .replace("direction: lower-is-better", "direction: \"\"");
        assertEquals(List.of("/basics/label type", "/metrics/0/direction enum"),
                Schemas.errors(Schemas.json(Schemas.PROFILE), Schemas.yaml(yaml)));
        assertEquals(List.of(), Loader.profileProblems(temp, yaml));
    }
}
