package dev.folio.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The schema files themselves: valid draft-07, and written for editors: every object closed
 * ({@code additionalProperties: false}, as the loader rejects unknown keys), every property with a
 * description and examples that the property itself accepts.
 */
final class SchemaFilesTest {

    private static Path file(String name) {
        return Schemas.ROOT.resolve("schema").resolve(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"profile.schema.json", "site.schema.json"})
    void isValidDraft07(String name) {
        JsonNode schema = Schemas.json(file(name));
        assertEquals(Schemas.DRAFT_07, schema.path("$schema").asText());
        assertEquals("https://folio.example.com/schema/" + name, schema.path("$id").asText());
        assertTrue(schema.path("title").asText().startsWith("folio "), "title");
        assertEquals(List.of(), Schemas.format(Schemas.metaSchema().validate(schema)));
    }

    @Test
    void metaSchemaRejectsABrokenSchema() {
        JsonNode broken = Schemas.yaml("""
                $schema: "http://json-schema.org/draft-07/schema#"
                type: text
                required: name
                properties: {name: {pattern: 5}}
                """);
        assertEquals(List.of(
                "/properties/name/pattern type",
                "/required type",
                "/type enum",
                "/type type"), Schemas.format(Schemas.metaSchema().validate(broken)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"profile.schema.json", "site.schema.json"})
    void everyObjectIsClosedAndEveryPropertyDocumented(String name) {
        List<String> found = new ArrayList<>();
        walk(Schemas.json(file(name)), "", found);
        assertEquals(List.of(), found);
    }

    @ParameterizedTest
    @ValueSource(strings = {"profile.schema.json", "site.schema.json"})
    void everyExampleIsAcceptedByItsProperty(String name) {
        List<String> rejected = new ArrayList<>();
        examples(Schemas.json(file(name)), "", rejected);
        assertEquals(List.of(), rejected);
    }

    /** Objects whose keys a theme decides, so they stay open: site.yml's params. */
    static final Set<String> OPEN = Set.of("/params");

    /** Collects what is missing: closed objects, descriptions, examples, titles of object types. */
    private static void walk(JsonNode schema, String path, List<String> found) {
        if (schema.has("properties")) {
            if (!OPEN.contains(path)
                    && (!schema.path("additionalProperties").isBoolean() || schema.path("additionalProperties").asBoolean())) {
                found.add(path + ": additionalProperties is not false");
            }
            if (!schema.path("title").isTextual()) {
                found.add(path + ": no title");
            }
            for (Map.Entry<String, JsonNode> p : schema.get("properties").properties()) {
                String at = path + "/" + p.getKey();
                JsonNode property = p.getValue();
                if (property.path("description").asText().length() < 10) {
                    found.add(at + ": no description");
                }
                if (!property.path("examples").isArray() || property.path("examples").isEmpty()) {
                    found.add(at + ": no examples");
                }
                walk(property, at, found);
            }
        }
        if (schema.has("items")) {
            walk(schema.get("items"), path + "[]", found);
        }
    }

    private static void examples(JsonNode schema, String path, List<String> rejected) {
        if (!schema.has("properties")) {
            if (schema.has("items")) {
                examples(schema.get("items"), path + "[]", rejected);
            }
            return;
        }
        for (Map.Entry<String, JsonNode> p : schema.get("properties").properties()) {
            String at = path + "/" + p.getKey();
            for (JsonNode example : p.getValue().path("examples")) {
                List<String> errors = Schemas.errors(p.getValue(), example);
                if (!errors.isEmpty()) {
                    rejected.add(at + " example " + example + ": " + errors);
                }
            }
            examples(p.getValue(), at, rejected);
        }
    }
}
