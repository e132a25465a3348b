package dev.folio.output.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.input.yaml.ProfileReader;
import dev.folio.input.yaml.YamlReader;
import dev.folio.problem.Problem;
import dev.folio.problem.Problems;
import dev.folio.profile.Award;
import dev.folio.profile.Basics;
import dev.folio.profile.Direction;
import dev.folio.profile.Education;
import dev.folio.profile.Language;
import dev.folio.profile.Location;
import dev.folio.profile.Metric;
import dev.folio.profile.PartialDate;
import dev.folio.profile.Principle;
import dev.folio.profile.Profile;
import dev.folio.profile.Project;
import dev.folio.profile.Section;
import dev.folio.profile.SkillGroup;
import dev.folio.profile.SocialProfile;
import dev.folio.profile.Story;
import dev.folio.profile.Work;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ProfileYamlTest {

    static Profile load(String yaml) {
        Problems problems = new Problems();
        Optional<Profile> profile = new YamlReader().read("profile.yml", yaml.getBytes(StandardCharsets.UTF_8),
                problems).flatMap(n -> ProfileReader.read("profile.yml", n, problems));
        assertEquals(List.of(), problems.sorted().stream().map(Problem::format).toList());
        return profile.orElseThrow();
    }

    static Basics basics(String name, String summary) {
        return new Basics(name, "", "", "", "", "", summary, "", Location.NONE, List.of());
    }

    static Profile profile(Basics basics, List<Work> work, List<Section> sections) {
        return new Profile(basics, work, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                List.of(), sections);
    }

    @Test
    void writesInTheSampleStyle() {
        Profile profile = new Profile(
                new Basics("Sam Example", "Backend Engineer", "Makes slow things fast", "sam@example.com",
                        "+1 555-0100", "https://sam.example.com/", "Backend engineer since 2015 who measures first "
                        + "and then rebuilds the slow parts of busy services until they stay fast.", "",
                        new Location("Denver", "CO", "US"),
                        List.of(new SocialProfile("Code", "sam", "https://code.example.com/sam"))),
                List.of(new Work("Example Corp", "Engineer", "", "https://corp.example.com/",
                        PartialDate.parse("2020-05"), Optional.empty(), "Search.", List.of("Shipped \"fast\" search"),
                        List.of("Go", "Kafka"))),
                List.of(new Education("Example University", "CS", "BSc", PartialDate.parse("2011"),
                        PartialDate.parse("2015"), "")),
                List.of(new SkillGroup("Backend", List.of("Go", "Java"))),
                List.of(new Project("tool", "A tool.", "", Optional.empty(), Optional.empty(), List.of(), List.of())),
                List.of(new Award("Prize", PartialDate.parse("2021-12"), "Example Corp", "")),
                List.of(new Language("English", "Native")),
                List.of(new Metric("p99", "p99 latency", "", "420", "95", "ms", Optional.of(Direction.LOWER_IS_BETTER),
                        "")),
                List.of(new Story("cache", "A cache", "", "", "Slow.", "Cached.", "Fast.", List.of("p99"), List.of(),
                        "## Body\n")),
                List.of(new Principle("Measure", "First.")),
                List.of(new Section("Elsewhere", "- **Talks:** one\n- Mentoring")));
        String yaml = ProfileYaml.write(profile, List.of("Written by a test.", "", "Second line."));
        assertEquals("""
                # Written by a test.
                #
                # Second line.

                basics:
                  name: "Sam Example"
                  label: "Backend Engineer"
                  headline: "Makes slow things fast"
                  email: "sam@example.com"
                  phone: "+1 555-0100"
                  url: "https://sam.example.com/"
                  summary: >-
                    Backend engineer since 2015 who measures first and then rebuilds the slow
                    parts of busy services until they stay fast.
                  location:
                    city: "Denver"
                    region: "CO"
                    countryCode: "US"
                  profiles:
                    - network: "Code"
                      username: "sam"
                      url: "https://code.example.com/sam"

                work:
                  - name: "Example Corp"
                    position: "Engineer"
                    url: "https://corp.example.com/"
                    startDate: "2020-05"
                    summary: "Search."
                    highlights:
                      - "Shipped \\"fast\\" search"
                    keywords: ["Go", "Kafka"]

                education:
                  - institution: "Example University"
                    area: "CS"
                    studyType: "BSc"
                    startDate: "2011"
                    endDate: "2015"

                skills:
                  - name: "Backend"
                    keywords: ["Go", "Java"]

                projects:
                  - name: "tool"
                    description: "A tool."

                awards:
                  - title: "Prize"
                    date: "2021-12"
                    awarder: "Example Corp"

                languages:
                  - language: "English"
                    fluency: "Native"

                metrics:
                  - id: "p99"
                    label: "p99 latency"
                    before: "420"
                    after: "95"
                    unit: "ms"
                    direction: "lower-is-better"

                stories:
                  - id: "cache"
                    title: "A cache"
                    problem: "Slow."
                    approach: "Cached."
                    impact: "Fast."
                    metrics: ["p99"]

                principles:
                  - title: "Measure"
                    text: "First."

                sections:
                  - title: "Elsewhere"
                    body: |
                      - **Talks:** one
                      - Mentoring
                """, yaml);
        assertEquals(ProfileYaml.withoutBodies(profile), load(yaml));
        assertEquals(yaml, ProfileYaml.write(profile, List.of("Written by a test.", "", "Second line.")));
    }

    /** Text YAML could misread: every one must come back exactly. */
    static final List<String> AWKWARD = List.of(
            "He said \"hi\" and left a back\\slash",
            "yes", "no", "null", "~", "true", "123", "0x1F", "1e3", "-250", "2021-03", ".inf",
            "# not a comment", "- not a list", "key: value", "[a, b]", "{a: b}", "&anchor *alias !tag | > @ % `",
            "tab\tinside", "it's", "'single'", "trailing colon:", "a #hash", "?question", ",comma",
            "control \u0001 char", "next\u0085line", "line\u2028separator", "byte\uFEFForder mark", "nul \u0000",
            "rocket \uD83D\uDE80 and 漢字 and שלום", "lone \uD83D surrogate",
            "two\nlines", "first\n  indented\n\nthird after a blank line", "trailing  \nspaces", "tab\n\tstart",
            "crlf\r\nline", "```\ncode: block\n```",
            "A long sentence that has to be folded  with a double space somewhere and a veryveryveryveryveryvery"
                    + "veryveryveryveryveryveryveryveryverylongword in it, to see that folding keeps every character.");

    @Test
    void awkwardTextComesBackExactly() {
        for (String text : AWKWARD) {
            Work work = new Work("Corp", text, text, "", Optional.empty(), Optional.empty(), text, List.of(text),
                    List.of(text));
            Profile profile = profile(basics(text, text), List.of(work), List.of(new Section(text, text)));
            String yaml = ProfileYaml.write(profile, List.of());
            assertEquals(profile, load(yaml), yaml);
        }
    }

    @Test
    void foldingSplitsOnlyAtSingleSpaces() {
        String text = AWKWARD.get(AWKWARD.size() - 1);
        List<String> lines = YamlScalar.fold(text, 30);
        assertEquals(text, String.join(" ", lines));
        assertTrue(lines.size() > 3, lines.toString());
        for (String line : lines) {
            assertTrue(!line.startsWith(" ") && !line.endsWith(" "), line);
        }
    }

    @Test
    void unsafeTextIsQuotedNotBlocked() {
        assertEquals("\"trailing  \\nspaces\"\n", YamlScalar.value("trailing  \nspaces", 2, YamlScalar.Style.MARKDOWN));
        assertEquals("|\n    two\n\n    lines\n", YamlScalar.value("two\n\nlines", 2, YamlScalar.Style.PLAIN));
        assertEquals("\"x\\u0001\\N\\L\\uFEFF\"", YamlScalar.quoted("x\u0001\u0085\u2028\uFEFF"));
    }
}
