package dev.folio.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The sample site's content files name their schema on the first line and validate against it. */
final class SampleContentTest {

    @ParameterizedTest
    @CsvSource({"profile.yml, profile.schema.json", "site.yml, site.schema.json"})
    void sampleValidates(String file, String schema) throws IOException {
        String yaml = Files.readString(Schemas.ROOT.resolve("content").resolve(file));
        assertEquals(List.of(), Schemas.errors(Schemas.json(Schemas.ROOT.resolve("schema").resolve(schema)),
                Schemas.yaml(yaml)));
    }

    /** yaml-language-server and IntelliJ resolve a relative $schema from the file's own folder. */
    @ParameterizedTest
    @CsvSource({"profile.yml, profile.schema.json", "site.yml, site.schema.json"})
    void firstLineIsTheModeline(String file, String schema) throws IOException {
        Path content = Schemas.ROOT.resolve("content");
        String first = Files.readAllLines(content.resolve(file)).get(0);
        assertEquals("# yaml-language-server: $schema=../schema/" + schema, first);
        Path target = content.resolve(first.substring(first.indexOf('=') + 1)).normalize();
        assertEquals(Schemas.ROOT.resolve("schema").resolve(schema), target);
        assertTrue(Files.isRegularFile(target), target + " exists");
    }
}
