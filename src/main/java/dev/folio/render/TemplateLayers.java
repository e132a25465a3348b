package dev.folio.render;

import dev.folio.theme.Theme;
import gg.jte.CodeResolver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Template lookup in order: the site's {@code templates/}, the chosen theme (site copy, then
 * built-in), then the default theme (site copy, then built-in). The first folder holding a
 * template of that name wins.
 */
final class TemplateLayers implements CodeResolver {

    /** A folder of templates and how to show it in messages. */
    record Layer(Path dir, String shown) {}

    private final List<Layer> layers;

    TemplateLayers(List<Layer> layers) {
        this.layers = List.copyOf(layers);
    }

    static TemplateLayers of(Path sourceDir, Theme chosen, Theme fallback) {
        List<Layer> layers = new ArrayList<>();
        layers.add(new Layer(sourceDir.resolve("templates"), "templates"));
        for (Theme theme : new LinkedHashSet<>(List.of(chosen, fallback))) {
            theme.local().ifPresent(dir -> layers.add(new Layer(dir.resolve("templates"),
                    "themes/" + theme.name() + "/templates")));
            theme.builtIn().ifPresent(dir -> layers.add(new Layer(dir.resolve("templates"),
                    "built-in theme " + theme.name() + ": templates")));
        }
        return new TemplateLayers(layers);
    }

    /** Where {@code name} comes from, for messages: "templates/home.jte". */
    String shown(String name) {
        return find(name).map(l -> l.shown() + "/" + name).orElse(name);
    }

    private Optional<Layer> find(String name) {
        if (name.contains("..") || name.startsWith("/")) {
            return Optional.empty();
        }
        return layers.stream().filter(l -> Files.isRegularFile(l.dir().resolve(name))).findFirst();
    }

    @Override
    public String resolve(String name) {
        return find(name).map(l -> {
            try {
                return Files.readString(l.dir().resolve(name), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(null);
    }

    @Override
    public long getLastModified(String name) {
        return find(name).map(l -> {
            try {
                return Files.getLastModifiedTime(l.dir().resolve(name)).toMillis();
            } catch (IOException e) {
                return 0L;
            }
        }).orElse(0L);
    }

    /**
     * True when some template the site would use differs from the precompiled copy of the built-in
     * theme, whose templates are {@code builtInTemplates} over {@code fallbackTemplates} (the
     * default theme): then the templates are compiled at build time. Only the template that wins
     * for each name counts: a copy of the default theme's home.jte under the chosen theme's own
     * home.jte is never used, so it does not force a compilation.
     */
    boolean differsFrom(Path builtInTemplates, Path fallbackTemplates) {
        Set<String> seen = new HashSet<>();
        for (Layer layer : layers) {
            if (!Files.isDirectory(layer.dir())) {
                continue;
            }
            boolean precompiled = isSame(layer.dir(), builtInTemplates) || isSame(layer.dir(), fallbackTemplates);
            try (Stream<Path> files = Files.walk(layer.dir())) {
                for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".jte")).sorted()::iterator) {
                    String name = layer.dir().relativize(file).toString().replace('\\', '/');
                    if (!seen.add(name) || precompiled) {
                        continue;
                    }
                    Path original = builtInTemplates.resolve(name);
                    if (!Files.isRegularFile(original)) {
                        original = fallbackTemplates.resolve(name);
                    }
                    if (!Files.isRegularFile(original)
                            || !Arrays.equals(Files.readAllBytes(file), Files.readAllBytes(original))) {
                        return true;
                    }
                }
            } catch (IOException e) {
                return true;
            }
        }
        return false;
    }

    private static boolean isSame(Path a, Path b) {
        return a.getFileSystem() == b.getFileSystem() && a.normalize().equals(b.normalize());
    }
}
