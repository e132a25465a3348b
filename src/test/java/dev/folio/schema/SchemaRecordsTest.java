package dev.folio.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import dev.folio.profile.Direction;
import dev.folio.profile.PartialDate;
import dev.folio.profile.Profile;
import dev.folio.profile.SiteSettings;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The schemas and the records the loader fills agree: every record component is a property at the
 * same place in the schema, with a matching kind of value, and every property is a component. The
 * YAML keys are the component names, so the mapping is one to one, except for the components in
 * {@link #NOT_IN_YAML}.
 */
final class SchemaRecordsTest {

    /** Components that do not come from a YAML key, and why. */
    static final Map<String, String> NOT_IN_YAML = Map.of(
            "Story.body", "the Markdown of content/stories/<id>.md, read by ContentLoader, not a key of profile.yml");

    /** Keys of site.yml that are not SiteSettings components, and where they go instead. */
    static final Map<String, String> NOT_IN_SITE_SETTINGS = Map.of(
            "/params", "theme parameters, checked against the theme's theme.yml into ThemeSettings");

    @Test
    void profileSchemaMatchesTheProfileRecords() {
        List<String> found = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        compare(Profile.class, Schemas.json(Schemas.PROFILE), "", found, seen);
        assertEquals(List.of(), found);
        assertEquals(Set.of("Profile", "Basics", "Location", "SocialProfile", "Work", "Education", "SkillGroup",
                "Project", "Award", "Language", "Metric", "Story", "Principle", "Section"), seen);
    }

    @Test
    void siteSchemaMatchesSiteSettings() {
        List<String> found = new ArrayList<>();
        Set<String> seen = new TreeSet<>();
        compare(SiteSettings.class, Schemas.json(Schemas.SITE), "", found, seen);
        found.removeIf(f -> NOT_IN_SITE_SETTINGS.keySet().stream().anyMatch(k -> f.startsWith(k + ":")));
        assertEquals(List.of(), found);
        assertEquals(Set.of("SiteSettings"), seen);
    }

    @Test
    void aMismatchIsFound() {
        record Item(String name, List<String> tags, Optional<PartialDate> since) {}
        record Top(Item item, String extra) {}
        JsonNode schema = Schemas.yaml("""
                type: object
                properties:
                  item:
                    type: object
                    properties:
                      name: {type: [array]}
                      tags: {type: array, items: {type: string}}
                      since: {type: string}
                      unused: {type: string}
                """);
        List<String> found = new ArrayList<>();
        compare(Top.class, schema, "", found, new TreeSet<>());
        assertEquals(List.of(
                "/item/name: Item.name is text but the schema has [array]",
                "/item/since: Item.since is a date but the schema does not take YYYY-MM strings and integer years",
                "/item/unused: a property of the schema but not a component of Item",
                "/extra: Top.extra is not a property of the schema"), found);
    }

    /** Compares the record {@code type} with the object schema at {@code path}. */
    private static void compare(Class<?> type, JsonNode schema, String path, List<String> found, Set<String> seen) {
        seen.add(type.getSimpleName());
        if (!types(schema).contains("object")) {
            found.add(path + ": " + type.getSimpleName() + " is a record but the schema has " + types(schema));
            return;
        }
        JsonNode properties = schema.path("properties");
        Set<String> components = new LinkedHashSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            String name = component.getName();
            String key = type.getSimpleName() + "." + name;
            String at = path + "/" + name;
            if (NOT_IN_YAML.containsKey(key)) {
                if (properties.has(name)) {
                    found.add(at + ": " + key + " is listed as not in YAML but the schema has it");
                }
                continue;
            }
            components.add(name);
            if (!properties.has(name)) {
                found.add(at + ": " + key + " is not a property of the schema");
                continue;
            }
            compareValue(key, component.getGenericType(), properties.get(name), at, found, seen);
        }
        properties.fieldNames().forEachRemaining(name -> {
            if (!components.contains(name)) {
                found.add(path + "/" + name + ": a property of the schema but not a component of "
                        + type.getSimpleName());
            }
        });
    }

    private static void compareValue(String key, Type type, JsonNode schema, String path, List<String> found,
            Set<String> seen) {
        Set<String> types = types(schema);
        if (type == String.class) {
            if (!types.contains("string") || types.contains("object") || types.contains("array")) {
                found.add(path + ": " + key + " is text but the schema has " + types);
            }
        } else if (type instanceof Class<?> c && c.isRecord()) {
            compare(c, schema, path, found, seen);
        } else if (type instanceof ParameterizedType p && p.getRawType() == Optional.class) {
            Type inner = p.getActualTypeArguments()[0];
            if (inner == PartialDate.class) {
                if (!types.containsAll(Set.of("string", "integer")) || !schema.has("pattern")) {
                    found.add(path + ": " + key
                            + " is a date but the schema does not take YYYY-MM strings and integer years");
                }
            } else if (inner == Direction.class) {
                Set<String> keys = new TreeSet<>();
                schema.path("enum").forEach(v -> keys.add(v.asText()));
                for (Direction d : Direction.values()) {
                    if (!keys.contains(d.key())) {
                        found.add(path + ": the schema's enum lacks " + d.key());
                    }
                }
            } else {
                found.add(path + ": " + key + " has a type this test does not know: " + type);
            }
        } else if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            Type item = p.getActualTypeArguments()[0];
            if (!types.contains("array")) {
                found.add(path + ": " + key + " is a list but the schema has " + types);
            } else if (item == String.class) {
                if (!types(schema.path("items")).contains("string")) {
                    found.add(path + ": " + key + " is a list of text but its items are " + types(schema.path("items")));
                }
            } else if (item instanceof Class<?> c && c.isRecord()) {
                compare(c, schema.path("items"), path + "[]", found, seen);
            } else {
                found.add(path + ": " + key + " has a type this test does not know: " + type);
            }
        } else if (type instanceof ParameterizedType p && p.getRawType() == java.util.Map.class
                && p.getActualTypeArguments()[1] == String.class) {
            if (!types.contains("object") || !schema.has("additionalProperties") || schema.has("properties")) {
                found.add(path + ": " + key + " is a map of text, so the schema should be an object of open keys");
            }
        } else {
            found.add(path + ": " + key + " has a type this test does not know: " + type);
        }
    }

    /** The schema's {@code type}, a single name or a list. */
    private static Set<String> types(JsonNode schema) {
        JsonNode type = schema.path("type");
        if (type.isTextual()) {
            return Set.of(type.asText());
        }
        return new TreeSet<>(StreamSupport.stream(type.spliterator(), false).map(JsonNode::asText).toList());
    }
}
