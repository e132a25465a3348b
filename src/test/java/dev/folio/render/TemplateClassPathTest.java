package dev.folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * Templates compiled at build time (a site's overrides) find the view records and jte's runtime
 * by the class files' own addresses, not by the JVM's class path, which under Maven is Maven's.
 */
final class TemplateClassPathTest {

    @Test
    void aClassFolderAndAJarAreFoundByTheirClassFiles() {
        Path classes = Path.of(Renderer.classRoot(Renderer.class).orElseThrow());
        assertTrue(Files.isRegularFile(classes.resolve("dev/folio/render/Renderer.class")), classes.toString());
        Path jar = Path.of(Renderer.classRoot(gg.jte.Content.class).orElseThrow());
        assertTrue(jar.getFileName().toString().startsWith("jte-runtime") && jar.toString().endsWith(".jar"),
                jar.toString());
        assertEquals(java.util.Optional.empty(), Renderer.classRoot(String.class), "the JDK's own classes need no entry");
    }
}
