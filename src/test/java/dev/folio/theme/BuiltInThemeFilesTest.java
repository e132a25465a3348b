package dev.folio.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a built-in theme's theme.yml declares agrees with its files: default colours are readable
 * on the backgrounds they name and are the stylesheet's fallbacks, and the templates and assets it
 * lists are the ones in the folder.
 */
final class BuiltInThemeFilesTest {

    static final Path THEMES = Path.of("themes");

    static List<String> themes() {
        return dev.folio.build.TestSites.SHIPPED_THEMES;
    }

    private static JsonNode descriptor(String theme) throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(THEMES.resolve(theme).resolve(Themes.DESCRIPTION).toFile());
    }

    @ParameterizedTest
    @MethodSource("themes")
    void defaultColoursAreReadableAndAreTheStylesheetsFallbacks(String theme) throws IOException {
        JsonNode params = descriptor(theme).get("params");
        String css = Files.readString(THEMES.resolve(theme).resolve("assets/style.css"), StandardCharsets.UTF_8);
        int colours = 0;
        for (Map.Entry<String, JsonNode> e : (Iterable<Map.Entry<String, JsonNode>>) params::fields) {
            JsonNode p = e.getValue();
            String type = p.get("type").asText();
            String value = p.path("default").asText();
            if (type.equals("color")) {
                colours++;
                double ratio = Colors.contrast(value, p.get("contrastWith").asText());
                assertTrue(ratio >= 4.5, theme + ": " + e.getKey() + " " + value + " has " + ratio + ":1");
                assertTrue(css.contains("var(--param-" + e.getKey() + ", " + value + ")"),
                        theme + ": style.css falls back to the default " + e.getKey() + " " + value);
            } else if (type.equals("choice")) {
                List<String> choices = new ArrayList<>();
                p.get("choices").forEach(c -> choices.add(c.asText()));
                assertTrue(choices.contains(value), theme + ": " + e.getKey() + " default " + value);
            }
        }
        assertTrue(colours >= 2, theme + ": accent colours for the light and the dark scheme");
        assertTrue(params.has("order"), theme + ": the order parameter");
    }

    @ParameterizedTest
    @MethodSource("themes")
    void listedTemplatesAndAssetsAreThere(String theme) throws IOException {
        JsonNode d = descriptor(theme);
        assertEquals(theme, d.get("name").asText());
        assertEquals(names(d.get("templates")), files(THEMES.resolve(theme).resolve("templates")), theme + " templates");
        assertEquals(names(d.get("assets")), files(THEMES.resolve(theme).resolve("assets")), theme + " assets");
    }

    @ParameterizedTest
    @MethodSource("themes")
    void stylesheetHasBothSchemesPrintAndFocusStyles(String theme) throws IOException {
        String css = Files.readString(THEMES.resolve(theme).resolve("assets/style.css"), StandardCharsets.UTF_8);
        assertTrue(css.contains("@media (prefers-color-scheme: dark)") || css.contains("@media (prefers-color-scheme: light)"), theme);
        assertTrue(css.contains("@media print"), theme);
        assertTrue(css.contains(":focus-visible"), theme);
        assertTrue(css.contains("color-scheme: light dark") || css.contains("color-scheme: dark light"), theme);
    }

    private static TreeSet<String> names(JsonNode map) {
        TreeSet<String> names = new TreeSet<>();
        if (map != null) {
            map.fieldNames().forEachRemaining(names::add);
        }
        return names;
    }

    private static TreeSet<String> files(Path root) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        if (Files.isDirectory(root)) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile).forEach(f -> names.add(root.relativize(f).toString().replace('\\', '/')));
            }
        }
        return names;
    }
}
