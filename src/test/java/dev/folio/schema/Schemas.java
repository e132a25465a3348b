package dev.folio.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The committed JSON Schemas ({@code schema/*.schema.json}) and a draft-07 validator for them that
 * never fetches anything: the draft-07 meta-schema comes from the validator's own jar.
 */
final class Schemas {

    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path PROFILE = ROOT.resolve("schema/profile.schema.json");
    static final Path SITE = ROOT.resolve("schema/site.schema.json");
    static final String DRAFT_07 = "http://json-schema.org/draft-07/schema#";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER));
    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
            b -> b.schemaLoader(loader -> loader.fetchRemoteResources(false))
                    .schemaRegistryConfig(SchemaRegistryConfig.builder().pathType(PathType.JSON_POINTER).build()));

    private Schemas() {}

    static JsonNode json(Path file) {
        try {
            return JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** YAML text as the JSON an editor's schema validation sees (comments dropped). */
    static JsonNode yaml(String text) {
        try {
            return YAML.readTree(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The tree written back as YAML, for folio's loader. */
    static String toYaml(JsonNode tree) {
        try {
            return YAML.writeValueAsString(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Schema schema(JsonNode schema) {
        return REGISTRY.getSchema(schema);
    }

    static Schema metaSchema() {
        return REGISTRY.getSchema(SchemaLocation.of(DRAFT_07));
    }

    /**
     * The errors of {@code instance}, each as "location keyword" (JSON Pointer; the property for
     * {@code required} and {@code additionalProperties}), sorted.
     */
    static List<String> errors(JsonNode schema, JsonNode instance) {
        return format(schema(schema).validate(instance));
    }

    static List<String> format(List<Error> errors) {
        return errors.stream().map(Schemas::format).sorted().distinct().toList();
    }

    private static String format(Error error) {
        String at = error.getInstanceLocation().toString();
        String property = error.getProperty() == null ? "" : " " + error.getProperty();
        return (at.isEmpty() ? "/" : at) + " " + error.getKeyword() + property;
    }
}
