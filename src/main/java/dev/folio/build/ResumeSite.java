package dev.folio.build;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.folio.input.ContentLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The site folder a résumé is built in ({@code folio build --resume}): the profile comes from the résumé, the
 * look from the site it is built for: its {@code templates/} and {@code themes/}, and the settings of
 * {@code content/site.yml} that are about the look ({@link #LOOK}), not the ones about its person (title,
 * description, baseUrl).
 */
public final class ResumeSite {

    /** The settings of content/site.yml that a résumé build takes over. */
    static final List<String> LOOK = List.of("theme", "params", "language", "check");

    private ResumeSite() {}

    /** Copies the look of the site in {@code source} into {@code site}; nothing when it has none. */
    public static void copyLook(Path source, Path site) throws IOException {
        for (String folder : List.of("templates", "themes")) {
            copyTree(source.resolve(folder), site.resolve(folder));
        }
        Path settings = source.resolve(ContentLoader.SETTINGS);
        if (!Files.isRegularFile(settings, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        YAMLMapper yaml = new YAMLMapper();
        JsonNode tree;
        try {
            tree = yaml.readTree(settings.toFile());
        } catch (IOException e) {
            return; // folio build reports what is wrong with it; a first look at a résumé goes without
        }
        ObjectNode look = yaml.createObjectNode();
        if (tree != null && tree.isObject()) {
            for (String key : LOOK) {
                if (tree.has(key)) {
                    look.set(key, tree.get(key));
                }
            }
        }
        Path target = site.resolve(ContentLoader.SETTINGS);
        Files.createDirectories(target.getParent());
        Files.writeString(target, look.isEmpty() ? "{}\n" : yaml.writeValueAsString(look));
    }

    /** Every regular file under {@code from}, links left out (as the build itself refuses them). */
    private static void copyTree(Path from, Path to) throws IOException {
        if (!Files.isDirectory(from, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path file : (Iterable<Path>) walk::iterator) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
                    Path copy = to.resolve(from.relativize(file).toString());
                    Files.createDirectories(copy.getParent());
                    Files.copy(file, copy);
                }
            }
        }
    }
}
