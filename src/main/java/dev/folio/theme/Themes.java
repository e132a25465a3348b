package dev.folio.theme;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Finds themes: built in (inside folio's jar or classes) and a site's own {@code themes/}. */
public final class Themes {

    /** Marks a theme folder; also its description. */
    public static final String DESCRIPTION = "theme.yml";

    private static volatile Path builtInRoot;

    private Themes() {}

    /** The names a site can choose: built-in themes and the site's own, sorted. */
    public static SortedSet<String> available(Path sourceDir) {
        SortedSet<String> names = new TreeSet<>();
        names.addAll(list(builtInRoot()));
        names.addAll(list(sourceDir.resolve("themes")));
        return names;
    }

    public static Theme find(String name, Path sourceDir) {
        Path builtIn = builtInRoot().resolve(name);
        Path local = sourceDir.resolve("themes").resolve(name);
        return new Theme(name,
                Files.isDirectory(builtIn) ? Optional.of(builtIn) : Optional.empty(),
                Files.isDirectory(local) && Files.isRegularFile(local.resolve(DESCRIPTION))
                        ? Optional.of(local) : Optional.empty());
    }

    private static SortedSet<String> list(Path dir) {
        SortedSet<String> names = new TreeSet<>();
        if (!Files.isDirectory(dir)) {
            return names;
        }
        try (Stream<Path> children = Files.list(dir)) {
            children.filter(c -> Files.isRegularFile(c.resolve(DESCRIPTION)))
                    .forEach(c -> names.add(c.getFileName().toString().replace("/", "")));
        } catch (IOException e) {
            return names;
        }
        return names;
    }

    /** {@code themes/} among folio's own resources, as a path (a folder, or a folder in the jar). */
    public static Path builtInRoot() {
        Path root = builtInRoot;
        if (root == null) {
            synchronized (Themes.class) {
                if (builtInRoot == null) {
                    builtInRoot = locate();
                }
                root = builtInRoot;
            }
        }
        return root;
    }

    private static Path locate() {
        URL marker = Themes.class.getClassLoader().getResource("themes/default/" + DESCRIPTION);
        if (marker == null) {
            throw new IllegalStateException("folio is missing its built-in themes (themes/default/theme.yml)");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                return fs.getPath("/themes");
            }
            return Path.of(uri).getParent().getParent();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot read folio's built-in themes: " + e.getMessage(), e);
        }
    }
}
