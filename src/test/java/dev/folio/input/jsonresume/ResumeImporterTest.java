package dev.folio.input.jsonresume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.folio.problem.InvalidInputException;
import dev.folio.problem.Problem;
import dev.folio.profile.PartialDate;
import dev.folio.profile.Profile;
import dev.folio.profile.Section;
import dev.folio.profile.Work;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Resume in, folio profile out: every mistake with its exact located message. */
final class ResumeImporterTest {

    static final String FILE = "resume.json";

    @TempDir
    Path content;

    ResumeImporter.Imported imported(String json) {
        return ResumeImporter.read(FILE, json.getBytes(StandardCharsets.UTF_8), content);
    }

    List<String> problems(String json) {
        return problems(json.getBytes(StandardCharsets.UTF_8));
    }

    List<String> problems(byte[] bytes) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> ResumeImporter.read(FILE, bytes, content));
        return e.problems().stream().map(Problem::format).toList();
    }

    static String sample() throws IOException {
        try (InputStream in = ResumeImporterTest.class.getResourceAsStream("/jsonresume/sample.resume.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        assertEquals(List.of("resume.json:4:3: a comma before }; remove the comma after the last member"),
                problems("{\n  \"basics\": {\n    \"name\": \"A\",\n  }\n}\n"));
        assertEquals(List.of("resume.json:1:39: a comma before ]; remove the comma after the last item"),
                problems("{\"basics\": {\"name\": \"A\"}, \"work\": [1, ]}"));
        assertEquals(List.of("resume.json:3:3: a comma is missing before this; put , between the members of an object"),
                problems("{\n  \"basics\": {\"name\": \"A\"}\n  \"work\": []\n}\n"));
        assertEquals(List.of("resume.json:3:11: this [ is never closed; add the matching ] at its end"),
                problems("{\n  \"basics\": {\"name\": \"A\"},\n  \"work\": [\n    {\"name\": \"B\"}\n"));
        assertEquals(List.of("resume.json:2:22: single quotes; JSON needs double quotes around keys and text"),
                problems("{\n  \"basics\": {\"name\": 'A'}\n}\n"));
        assertEquals(List.of("resume.json:2:22: unquoted text A; put text in double quotes"),
                problems("{\n  \"basics\": {\"name\": A}\n}\n"));
        assertEquals(List.of("resume.json:2:24: a line break inside text; close the quotes on this line or write the "
                + "break as \\n"), problems("{\n  \"basics\": {\"name\": \"A\n\"}\n}\n"));
        assertEquals(List.of("resume.json:2:3: a key must be text in double quotes, e.g. \"name\""),
                problems("{\n  basics: {}\n}\n"));
        assertEquals(List.of("resume.json:1:11: a colon is missing after the key; write \"key\": value"),
                problems("{\"basics\" {}}"));
        assertEquals(List.of("resume.json:1:26: this closes nothing; remove it or add the matching opening bracket"),
                problems("{\"basics\": {\"name\": \"A\"}}}"));
        assertEquals(List.of("resume.json:2:1: more JSON after the end of the document; keep one object per file"),
                problems("{\"basics\": {\"name\": \"A\"}}\n{}"));
    }

    @Test
    void notAnObjectEmptyDuplicateKeysAndBadBytes() {
        assertEquals(List.of("resume.json:1:1: the file should be an object { … }, found a list"), problems("[]"));
        assertEquals(List.of("resume.json: is empty; a JSON Resume file is one object: { \"basics\": { … }, … }"),
                problems("  \n"));
        assertEquals(List.of("resume.json:1:26: key \"name\" appears twice in this object (first on line 1); "
                + "keep one of them"), problems("{\"basics\": {\"name\": \"A\", \"name\": \"B\"}}"));
        byte[] latin1 = "{\"basics\": {\n  \"name\": \"Ren\u00e9\"}}".getBytes(StandardCharsets.ISO_8859_1);
        assertEquals(List.of("resume.json:2:15: byte 0xE9 is not valid UTF-8; save the file as UTF-8"),
                problems(latin1));
    }

    @Test
    void wrongTypesAreReportedWhereTheyAre() {
        assertEquals(List.of(
                "resume.json:2:36: basics.phone should be text in double quotes, found a number; write \"5550187\"",
                "resume.json:2:57: basics.profiles should be a list [ … ], found an object",
                "resume.json:3:40: work[0].highlights should be a list [ … ], found text; put it in brackets: [\"…\"]",
                "resume.json:3:67: work[0].startDate should be text in double quotes, found a number; write \"2020\"",
                "resume.json:3:84: work[0].summary should be text in double quotes, found true or false; write \"true\"",
                "resume.json:4:14: skills[0] should be an object { … }, found text",
                "resume.json:5:16: education should be a list [ … ], found an object"),
                problems("""
                        {
                          "basics": {"name": "A", "phone": 5550187, "profiles": {"network": "Code"}},
                          "work": [{"name": "B", "highlights": "Shipped it", "startDate": 2020, "summary": true}],
                          "skills": ["Go"],
                          "education": {"institution": "C"}
                        }
                        """));
    }

    @Test
    void badDatesAndEndBeforeStart() {
        assertEquals(List.of(
                "resume.json:3:31: work[0].startDate \"2020-13\" is not a date; use YYYY-MM-DD, YYYY-MM or YYYY",
                "resume.json:4:31: work[1].startDate \"2021-02-30\" is not a date; use YYYY-MM-DD, YYYY-MM or YYYY",
                "resume.json:5:31: work[2].startDate \"May 2020\" is not a date; use YYYY-MM-DD, YYYY-MM or YYYY",
                "resume.json:6:31: work[3].startDate \"2020-1\" is not a date; use YYYY-MM-DD, YYYY-MM or YYYY",
                "resume.json:7:56: work[4].endDate 2019-12 is before startDate 2020-03; swap them or fix the year"),
                problems("""
                        {"basics": {"name": "A"},
                         "work": [
                          {"name": "W0", "startDate": "2020-13"},
                          {"name": "W1", "startDate": "2021-02-30"},
                          {"name": "W2", "startDate": "May 2020"},
                          {"name": "W3", "startDate": "2020-1"},
                          {"name": "W4", "startDate": "2020-03-01", "endDate": "2019-12-31"}
                         ]}
                        """));
    }

    @Test
    void fullDatesLoseTheirDayAndSaySo() {
        ResumeImporter.Imported imported = imported("""
                {"basics": {"name": "A"},
                 "work": [{"name": "W", "startDate": "2024-02-29", "endDate": ""}],
                 "awards": [{"title": "T", "date": "2023"}]}
                """);
        Work work = imported.profile().work().get(0);
        assertEquals(Optional.of(new PartialDate(2024, 2)), work.startDate());
        assertEquals(Optional.empty(), work.endDate());
        assertEquals(Optional.of(new PartialDate(2023, 0)), imported.profile().awards().get(0).date());
        assertEquals(List.of("kept: work[0].startDate (the day is dropped: folio dates are YYYY-MM or YYYY)"),
                imported.report().lines());
    }

    @Test
    void requiredKeysFolioNeeds() {
        assertEquals(List.of(
                "resume.json:1:1: basics is missing; add \"basics\": { \"name\": \"…\" } with the person's name",
                "resume.json:2:3: work[0].name is missing; name the employer, e.g. \"name\": \"Example Corp\"",
                "resume.json:3:13: skills[0].name is missing; name the skill group, e.g. \"name\": \"Backend\""),
                problems("""
                        {"work": [
                          {"name": " ", "position": "Engineer"}],
                         "skills": [{"keywords": ["Go"]}]}
                        """));
    }

    @Test
    void emptyTemplateEntriesAreLeftOut() {
        ResumeImporter.Imported imported = imported("""
                {"basics": {"name": "A", "profiles": [{"network": "", "username": "", "url": ""}]},
                 "work": [{"name": "", "position": "", "highlights": [""]}, {"name": "B"}],
                 "skills": [{}]}
                """);
        assertEquals(List.of(), imported.profile().basics().profiles());
        assertEquals(List.of("B"), imported.profile().work().stream().map(Work::name).toList());
        assertEquals(List.of(), imported.profile().skills());
        assertEquals(List.of(), imported.report().lines());
    }

    @Test
    void olderKeysCompanyAndWebsite() {
        ResumeImporter.Imported imported = imported("""
                {"basics": {"name": "A", "website": "https://a.example.com/"},
                 "work": [
                  {"company": "Old Corp", "website": "https://old.example.com/"},
                  {"name": "New Corp", "company": "New Corp Inc", "url": "https://new.example.com/"}
                 ]}
                """);
        Profile p = imported.profile();
        assertEquals("https://a.example.com/", p.basics().url());
        assertEquals("Old Corp", p.work().get(0).name());
        assertEquals("https://old.example.com/", p.work().get(0).url());
        assertEquals("New Corp", p.work().get(1).name());
        assertEquals(List.of("not imported: work[1].company \"New Corp Inc\" (\"name\" is used instead)"),
                imported.report().lines());
    }

    @Test
    void sampleImportsWithAReportOfEverythingNotKeptAsIs() throws IOException {
        ResumeImporter.Imported imported = imported(sample());
        assertEquals(List.of(
                "kept: work[0].startDate, education[0].startDate, education[0].endDate, awards[0].date, "
                        + "publications[0].releaseDate (the day is dropped: folio dates are YYYY-MM or YYYY)",
                "kept: volunteer as section \"Volunteering\", certificates as section \"Certificates\", publications as "
                        + "section \"Publications\", interests as section \"Interests\", references as section "
                        + "\"References\" (folio has no list of its own for these; they are free Markdown sections now, "
                        + "under sections:)",
                "not imported: $schema, meta.canonical, meta.version, meta.lastModified (about the JSON Resume file "
                        + "itself, not about you)",
                "not imported: basics.location.address, basics.location.postalCode, work[1].description, "
                        + "education[0].url, education[0].courses, skills[0,1].level, projects[0].roles, "
                        + "projects[0].entity, projects[0].type (folio has no place for it yet)",
                "not imported: basics.profiles[1].url \"microblog.example.com/@robin\" (not a full web address; folio "
                        + "links only to https://, mailto: and tel: addresses)",
                "not imported: basics.image \"https://robin.example.com/robin.jpg\" (folio shows a picture from a file "
                        + "inside the content folder; save it there and set basics.image)"),
                imported.report().lines());
        Profile p = imported.profile();
        assertEquals("Robin Castell", p.basics().name());
        assertEquals("https://robin.example.com/", p.basics().url());
        assertEquals("Platform engineer who builds the paved road: deploy pipelines, service templates and the "
                + "observability that tells teams when to stop the line.\nI care about fast feedback and boring releases.",
                p.basics().summary());
        assertEquals("Portland, Oregon, US", p.basics().location().display());
        assertEquals("Northwind Cloud", p.work().get(0).name());
        assertEquals(Optional.of(new PartialDate(2020, 3)), p.work().get(0).startDate());
        assertEquals(List.of("Go", "Kafka", "PostgreSQL"), p.work().get(1).keywords());
        assertEquals(List.of(
                new Section("Volunteering", """
                        **Mentor**, [Coding Club Portland](https://club.example.com/) (Jan 2018 – Jun 2021)

                        Weekend mentor for students building their first web services.

                        - Ran a six-week course on HTTP\\_and\\_APIs for 30 students."""),
                new Section("Certificates", "- [Certified Cloud Operator](https://certs.example.com/robin), "
                        + "Example Certification Board, May 2021"),
                new Section("Publications", "- [Boring Releases](https://journal.example.com/boring-releases), "
                        + "Example Engineering Journal, Feb 2023: Why \\*small\\* deploys beat big ones."),
                new Section("Interests", "- **Cycling**: Gravel, Route planning"),
                new Section("References", """
                        > Robin made deploys something nobody worried about.
                        > Teams shipped more often within a quarter.
                        >
                        > — Sam Example, Engineering Director""")), p.sections());
    }

    @Test
    void folioKeysAreCheckedAsInProfileYml() {
        assertEquals(List.of(
                "resume.json:3:61: meta.x-folio.metrics[0].direction \"down\" is not a direction; use lower-is-better "
                        + "or higher-is-better",
                "resume.json:4:3: meta.x-folio.metrics[1] has no number; give \"value\": \"-250 ms\", or \"before\" "
                        + "and \"after\"",
                "resume.json:4:10: meta.x-folio.metrics[1].id \"p99\" is already used by the metric on line 3; ids "
                        + "must be unique",
                "resume.json:5:21: meta.x-folio.stories[0].id \"Cache Story\" is not a valid id; use lower-case "
                        + "letters, digits and dashes, e.g. \"cache-story\"",
                "resume.json:5:62: meta.x-folio.stories[0].metrics[0] names metric \"p50\", which does not exist; "
                        + "known ids: p99"),
                problems("""
                        {"basics": {"name": "A"}, "meta": {"x-folio": {
                         "metrics": [
                          {"id": "p99", "label": "p99", "value": "95", "direction": "down"},
                          {"id": "p99", "label": "p99 again"}],
                         "stories": [{"id": "Cache Story", "title": "T", "metrics": ["p50"]}]}}}
                        """));
    }

    @Test
    void folioKeysInTheWrongPlaceAreNoted() {
        ResumeImporter.Imported imported = imported("""
                {"basics": {"name": "A", "x-folio": {"headline": "H", "tagline": "T"}},
                 "x-folio": {"metrics": []},
                 "x-other": {"theme": "dark"}}
                """);
        assertEquals("H", imported.profile().basics().headline());
        assertEquals(List.of(
                "not imported: basics.x-folio.tagline (not a key folio knows under x-folio)",
                "not imported: x-other (not part of JSON Resume 1.x)"),
                imported.report().lines());
    }

    @Test
    void pictureMustBeAFileInTheContentFolder() throws IOException {
        Files.createDirectories(content.resolve("images"));
        Files.write(content.resolve("images/me.jpg"), new byte[] {1});
        assertEquals("images/me.jpg", imported("{\"basics\": {\"name\": \"A\", \"image\": \"images/me.jpg\"}}")
                .profile().basics().image());
        assertEquals("images/me.jpg", imported("""
                {"basics": {"name": "A", "image": "https://a.example.com/images/me.jpg",
                            "x-folio": {"image": "images/me.jpg"}}}
                """).profile().basics().image());
        ResumeImporter.Imported missing = imported("{\"basics\": {\"name\": \"A\", \"image\": \"me.png\"}}");
        assertEquals("", missing.profile().basics().image());
        assertEquals(List.of("not imported: basics.image \"me.png\" (does not exist; put the file at content/me.png, "
                + "then set basics.image)"), missing.report().lines());
    }
}
