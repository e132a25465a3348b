package dev.folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.build.BuildOptions;
import dev.folio.build.Builder;
import dev.folio.build.TestSites;
import dev.folio.theme.Theme;
import dev.folio.theme.Themes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in themes render from classes precompiled at build time (the default theme's templates
 * overlaid by the theme's own), and those classes are the theme's current templates.
 */
final class PrecompiledThemesTest {

    @TempDir
    Path dir;

    static List<String> themes() {
        return dev.folio.build.TestSites.SHIPPED_THEMES;
    }

    private static boolean compilesAtBuildTime(Path source, String name) {
        Theme theme = Themes.find(name, source);
        Theme fallback = Themes.find("default", source);
        return TemplateLayers.of(source, theme, fallback).differsFrom(theme.builtIn().orElseThrow().resolve("templates"),
                fallback.builtIn().orElseThrow().resolve("templates"));
    }

    @ParameterizedTest
    @MethodSource("themes")
    void theRepositoryUsesThePrecompiledClasses(String theme) throws ClassNotFoundException {
        // the repository holds copies of every built-in theme in themes/; the default theme's home.jte
        // is overridden by the theme's own and must not count as a change
        assertFalse(compilesAtBuildTime(TestSites.SAMPLE, theme), theme);
        Class.forName(Theme.precompiledPackage(theme) + ".JtehomeGenerated");
        Class.forName(Theme.precompiledPackage(theme) + ".partials.JtemetricGenerated");
    }

    @ParameterizedTest
    @MethodSource("themes")
    void aChangedTemplateIsCompiledAtBuildTime(String theme) throws IOException {
        Path source = TestSites.write(dir.resolve("site"), Map.of(
                "content/profile.yml", TestSites.MINIMAL_PROFILE,
                "themes/" + theme + "/theme.yml", "name: " + theme + "\n"));
        assertFalse(compilesAtBuildTime(source, theme), "a local theme without templates");
        Path home = Themes.find(theme, source).builtIn().orElseThrow().resolve("templates/home.jte");
        Path copy = source.resolve("themes/" + theme + "/templates/home.jte");
        Files.createDirectories(copy.getParent());
        Files.write(copy, Files.readAllBytes(Files.isRegularFile(home) ? home
                : Themes.find("default", source).builtIn().orElseThrow().resolve("templates/home.jte")));
        assertFalse(compilesAtBuildTime(source, theme), "an unchanged copy");
        Files.writeString(copy, Files.readString(copy) + "\n");
        assertTrue(compilesAtBuildTime(source, theme), "a changed copy");
    }

    @ParameterizedTest
    @MethodSource("themes")
    void precompiledClassesRenderWhatTheTemplatesSay(String theme) {
        Path content = TestSites.write(dir.resolve("precompiled"), Map.of("content/profile.yml", TestSites.MINIMAL_PROFILE));
        Path compiled = TestSites.write(dir.resolve("compiled"), Map.of("content/profile.yml", TestSites.MINIMAL_PROFILE,
                // a template nothing uses: the site now differs from the built-in theme, so folio
                // compiles the theme's templates from their sources for this build
                "templates/unused.jte", "unused\n"));
        assertFalse(compilesAtBuildTime(content, theme));
        assertTrue(compilesAtBuildTime(compiled, theme));
        Builder.build(new BuildOptions(content, dir.resolve("out-precompiled"), Optional.of(theme)));
        Builder.build(new BuildOptions(compiled, dir.resolve("out-compiled"), Optional.of(theme)));
        Map<String, byte[]> a = TestSites.tree(dir.resolve("out-precompiled"));
        Map<String, byte[]> b = TestSites.tree(dir.resolve("out-compiled"));
        assertEquals(a.keySet(), b.keySet(), theme);
        for (String file : a.keySet()) {
            assertEquals(new String(a.get(file), java.nio.charset.StandardCharsets.ISO_8859_1),
                    new String(b.get(file), java.nio.charset.StandardCharsets.ISO_8859_1), theme + ": " + file);
        }
    }
}
