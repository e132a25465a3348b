package dev.folio.output.jsonresume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.folio.build.Builder;
import dev.folio.build.TestSites;
import dev.folio.input.SiteInput;
import dev.folio.input.jsonresume.ResumeImporter;
import dev.folio.output.ProfileFiles;
import dev.folio.profile.Basics;
import dev.folio.profile.Profile;
import dev.folio.profile.SiteSettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** profile → JSON Resume → profile, and JSON Resume → profile → JSON Resume → profile: nothing lost. */
final class JsonResumeRoundTripTest {

    static final SiteInput SAMPLE = Builder.load(TestSites.SAMPLE, Optional.empty());

    @TempDir
    Path dir;

    /** Writes {@code profile} (and its story bodies) into a new site folder and loads it as folio does. */
    Profile writeAndLoad(Profile profile, String name) throws IOException {
        Path site = dir.resolve(name);
        ProfileFiles.write(ProfileFiles.plan(site.resolve("content/profile.yml"), profile, List.of("test")));
        return Builder.load(site, Optional.empty()).profile();
    }

    static ResumeImporter.Imported importJson(String json, Path content) {
        return ResumeImporter.read("resume.json", json.getBytes(StandardCharsets.UTF_8), content);
    }

    static void assertValid(String json) {
        assertEquals(List.of(), JsonResumeSchemas.errors(JsonResumeSchemas.CURRENT, json));
        assertEquals(List.of(), JsonResumeSchemas.errors(JsonResumeSchemas.V1_0, json));
    }

    @Test
    void repositorySampleSurvivesTheRoundTrip() throws IOException {
        Profile original = SAMPLE.profile();
        String json = ResumeJson.write(original, SAMPLE.settings());
        assertValid(json);
        TestSites.copySampleImages(dir.resolve("site"));
        ResumeImporter.Imported back = importJson(json, dir.resolve("site/content"));
        assertEquals(original, back.profile());
        assertEquals(List.of("not imported: $schema, meta.version (about the JSON Resume file itself, not about you)"),
                back.report().lines());
        assertEquals(original, writeAndLoad(back.profile(), "site"));
        assertEquals(json, ResumeJson.write(original, SAMPLE.settings()), "deterministic");
    }

    @Test
    void jsonResumeSampleSurvivesTheRoundTrip() throws IOException {
        String sample;
        try (InputStream in = getClass().getResourceAsStream("/jsonresume/sample.resume.json")) {
            sample = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        // the sample is a real-world document, not a perfect one: one address lacks its scheme
        assertEquals(List.of("/basics/profiles/1/url: does not match the uri pattern must be a valid RFC 3986 URI"),
                JsonResumeSchemas.errors(JsonResumeSchemas.CURRENT, sample));
        Profile first = importJson(sample, dir.resolve("one/content")).profile();
        assertEquals(first, writeAndLoad(first, "one"));
        String json = ResumeJson.write(first, new SiteSettings("Robin", "", "https://robin.example.com/", "default", "en"));
        assertValid(json);
        Profile second = importJson(json, dir.resolve("two/content")).profile();
        assertEquals(first, second);
        assertEquals(first, writeAndLoad(second, "two"));
    }

    @Test
    void folioKeysTravelWhereBothSchemasAllowThem() throws IOException {
        JsonNode doc = new ObjectMapper().readTree(ResumeJson.write(SAMPLE.profile(), SAMPLE.settings()));
        assertEquals(SAMPLE.profile().basics().headline(), doc.path("basics").path("x-folio").path("headline").asText());
        assertEquals(8, doc.path("meta").path("x-folio").path("metrics").size());
        assertEquals(SAMPLE.profile().stories().get(0).body(),
                doc.path("meta").path("x-folio").path("stories").get(0).path("body").asText());
        assertEquals("2021-06", doc.path("work").get(0).path("startDate").asText());
        assertEquals("2012", doc.path("education").get(0).path("startDate").asText());
        // the same keys at the top level would break the JSON Resume 1.0.0 schema: it allows none of its own there
        String topLevel = "{\"basics\": {\"name\": \"A\"}, \"x-folio\": {}}";
        assertEquals(List.of(), JsonResumeSchemas.errors(JsonResumeSchemas.CURRENT, topLevel));
        assertEquals(1, JsonResumeSchemas.errors(JsonResumeSchemas.V1_0, topLevel).size());
    }

    @Test
    void pictureGoesOutAsAnAddressAndComesBackAsAFile() throws IOException {
        Path content = dir.resolve("site/content");
        Files.createDirectories(content.resolve("images"));
        Files.write(content.resolve("images/me and you.png"), new byte[] {1});
        Basics b = SAMPLE.profile().basics();
        Profile p = SAMPLE.profile();
        Profile withImage = new Profile(new Basics(b.name(), b.label(), b.headline(), b.email(), b.phone(), b.url(),
                b.summary(), "images/me and you.png", b.location(), b.profiles()), p.work(), p.education(), p.skills(),
                p.projects(), p.awards(), p.languages(), p.metrics(), p.stories(), p.principles(), p.sections());
        String json = ResumeJson.write(withImage, SAMPLE.settings());
        assertValid(json);
        JsonNode doc = new ObjectMapper().readTree(json);
        assertEquals("https://alex.example.com/media/images/me%20and%20you.png", doc.path("basics").path("image").asText());
        assertEquals("images/me and you.png", doc.path("basics").path("x-folio").path("image").asText());
        assertEquals(withImage, importJson(json, content).profile());
        assertEquals(withImage, writeAndLoad(withImage, "site"));
        assertTrue(ResumeJson.address("/", "me.png").equals("me.png"));
    }
}
