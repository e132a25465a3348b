package dev.folio.output.jsonresume;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The official JSON Resume schemas committed under src/test/resources/jsonresume/ (see
 * SCHEMA-NOTICE.md there), with format assertions on, so that "uri" and "email" are checked too.
 */
public final class JsonResumeSchemas {

    /** {@code @jsonresume/schema} 1.3.1, the current schema (draft-07). */
    public static final String CURRENT = "/jsonresume/schema.json";
    /** {@code resume-schema} 1.0.1, the schema of JSON Resume v1.0.0 (draft-04). */
    public static final String V1_0 = "/jsonresume/schema-1.0.json";

    private static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7,
            builder -> builder.schemaRegistryConfig(SchemaRegistryConfig.builder()
                    .formatAssertionsEnabled(true).build()));

    private JsonResumeSchemas() {}

    /** Every way {@code json} breaks the schema at {@code resource}, as "path: message"; empty when valid. */
    public static List<String> errors(String resource, String json) {
        try (InputStream in = JsonResumeSchemas.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            Schema schema = REGISTRY.getSchema(in);
            return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
