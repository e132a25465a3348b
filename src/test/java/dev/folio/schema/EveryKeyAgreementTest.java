package dev.folio.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema and loader agree key by key: a profile that uses every key is valid for both; an unknown
 * key added to any mapping, or any required key taken away, is rejected by both, each pointing at
 * the same place.
 */
final class EveryKeyAgreementTest {

    /** Uses every key of the schema (the test below checks that). */
    static final String FULL = """
            basics:
              name: Sam Example
              label: Backend Engineer
              headline: Backend engineer who makes busy systems calmer
              email: sam@example.com
              phone: +1 555-0123
              url: https://sam.example.com/
              summary: Backend engineer since 2016.
              image: images/me.svg
              location:
                city: Denver
                region: CO
                countryCode: US
              profiles:
                - network: GitHub
                  username: sam-example
                  url: https://code.example.com/sam-example
            work:
              - name: Example Corp
                position: Backend Engineer
                location: Denver, CO
                url: https://corp.example.com/
                startDate: "2021-06"
                endDate: 2023
                summary: Owned the checkout API.
                highlights:
                  - Cut checkout p99 from 900 ms to 250 ms.
                keywords: [Java, Kafka]
            education:
              - institution: Example State University
                area: Computer Science
                studyType: Bachelor of Science
                startDate: 2012
                endDate: 2016
                score: 3.7/4.0
            skills:
              - name: Backend
                keywords: [Java, Go]
            projects:
              - name: lagprobe
                description: Replays Kafka traffic to load-test consumers.
                url: https://code.example.com/sam-example/lagprobe
                startDate: 2022-09
                endDate: 2023-04
                highlights: [Keeps per-key order.]
                keywords: [Go]
            awards:
              - title: Engineering Impact Award
                date: 2023-12
                awarder: Example Corp
                summary: For a migration without an outage.
            languages:
              - language: English
                fluency: Native speaker
            metrics:
              - id: checkout-p99
                label: Checkout p99 latency
                before: "900"
                after: "250"
                unit: ms
                direction: lower-is-better
                context: p99 of the checkout API at peak.
              - id: uptime
                label: Availability
                value: 99.99
                unit: "%"
            stories:
              - id: checkout-latency
                title: Halving checkout latency
                category: Backend systems
                summary: Batched the inventory lookups.
                problem: Big carts were slow.
                approach: One batched lookup.
                impact: p99 fell to 250 ms.
                metrics: [checkout-p99]
                keywords: [Java]
            principles:
              - title: Put a number on it first
                text: Agree on the metric before the change.
            sections:
              - title: Beyond backend
                body: |
                  I mentor at a **weekend** coding club.
            """;

    static final String IMAGE = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n";

    @TempDir
    Path temp;

    private final JsonNode schema = Schemas.json(Schemas.PROFILE);

    /** One mapping of the profile: its JSON Pointer, and the schema that describes it. */
    private record Place(String pointer, JsonNode schema) {

        String shown() {
            return pointer.isEmpty() ? "/" : pointer;
        }

        /** The loader's name for a key here: "work[0].startDate". */
        String loaderPath(String key) {
            StringBuilder out = new StringBuilder();
            for (String part : pointer.split("/")) {
                if (part.isEmpty()) {
                    continue;
                }
                out.append(part.chars().allMatch(Character::isDigit) ? "[" + part + "]"
                        : (out.length() == 0 ? "" : ".") + part);
            }
            return out.length() == 0 ? key : out + "." + key;
        }
    }

    @Test
    void fullProfileIsValidForBoth() {
        assertEquals(List.of(), Schemas.errors(schema, Schemas.yaml(FULL)));
        assertEquals(List.of(), loader(FULL));
    }

    @Test
    void fullProfileUsesEveryKeyOfTheSchema() {
        Map<JsonNode, Set<String>> used = new IdentityHashMap<>();
        for (Place place : places()) {
            Set<String> keys = used.computeIfAbsent(place.schema(), s -> new TreeSet<>());
            Schemas.yaml(FULL).at(place.pointer()).fieldNames().forEachRemaining(keys::add);
        }
        List<String> unused = new ArrayList<>();
        used.forEach((object, keys) -> object.path("properties").fieldNames().forEachRemaining(key -> {
            if (!keys.contains(key)) {
                unused.add(object.path("title").asText() + "." + key);
            }
        }));
        assertEquals(List.of(), unused);
        assertEquals(14, used.size(), "object types in the schema");
    }

    @TestFactory
    Stream<DynamicTest> unknownKeyIsRejectedByBoth() {
        return places().stream().map(place -> dynamicTest(place.shown(), () -> {
            JsonNode profile = Schemas.yaml(FULL);
            ((ObjectNode) profile.at(place.pointer())).put("colour", "blue");
            assertEquals(List.of(place.shown() + " additionalProperties colour"), Schemas.errors(schema, profile));
            assertLoaderSays(profile, place.loaderPath("colour") + " is not a known key; ");
        }));
    }

    @TestFactory
    Stream<DynamicTest> missingRequiredKeyIsRejectedByBoth() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Place place : places()) {
            for (JsonNode required : place.schema().path("required")) {
                String key = required.asText();
                tests.add(dynamicTest(place.shown() + " " + key, () -> {
                    JsonNode profile = Schemas.yaml(FULL);
                    ((ObjectNode) profile.at(place.pointer())).remove(key);
                    assertEquals(List.of(place.shown() + " required " + key), Schemas.errors(schema, profile));
                    assertLoaderSays(profile, place.loaderPath(key) + " is missing; ");
                }));
            }
        }
        assertEquals(17, tests.size());
        return tests.stream();
    }

    private void assertLoaderSays(JsonNode profile, String start) {
        List<String> messages = loader(Schemas.toYaml(profile)).stream()
                .map(p -> p.replaceFirst("^content/profile\\.yml(:\\d+)*: ", "")).toList();
        assertTrue(messages.stream().anyMatch(m -> m.startsWith(start)), () -> "expected \"" + start + "…\" in "
                + messages);
    }

    private List<String> loader(String profile) {
        return Loader.problems(temp, Map.of("profile.yml", profile, "images/me.svg", IMAGE));
    }

    /** Every mapping of FULL with its schema, walking objects and every list item. */
    private List<Place> places() {
        List<Place> out = new ArrayList<>();
        walk(Schemas.yaml(FULL), schema, "", out);
        return out;
    }

    private static void walk(JsonNode node, JsonNode schema, String pointer, List<Place> out) {
        if (node.isObject()) {
            out.add(new Place(pointer, schema));
            node.fieldNames().forEachRemaining(key ->
                    walk(node.get(key), schema.path("properties").path(key), pointer + "/" + key, out));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), schema.path("items"), pointer + "/" + i, out);
            }
        }
    }
}
