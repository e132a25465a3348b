package dev.folio.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * The list of files folio wrote into a site, kept in the site as {@value #NAME}: one line per file,
 * its size and its path. It is how folio knows, before it replaces an output folder, that every
 * file there is its own: a file the list does not name, or one whose size changed, was put there
 * by someone else, and the folder is not replaced without {@code --force}.
 */
final class Manifest {

    /** The file's name at the site's root. */
    static final String NAME = ".folio-site";

    static final String HEADER = "# folio site: the files folio wrote here. The next build replaces this folder whole;\n"
            + "# it refuses while the folder holds a file this list does not name (move it out, or build with --force).\n";

    private Manifest() {}

    /** The text of the list for {@code sizes} (site path → size), sorted by path. */
    static byte[] text(SortedMap<String, Long> sizes) {
        StringBuilder out = new StringBuilder(HEADER.length() + sizes.size() * 48).append(HEADER);
        for (var entry : sizes.entrySet()) {
            out.append(entry.getValue()).append('\t').append(escape(entry.getKey())).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The list in {@code site}, or empty when the folder has none (or an unreadable one). */
    static Optional<Map<String, Long>> read(Path site) {
        Path file = site.resolve(NAME);
        if (!Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        if (!text.startsWith("# folio site")) {
            return Optional.empty();
        }
        Map<String, Long> sizes = new HashMap<>();
        for (String line : text.split("\n")) {
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int tab = line.indexOf('\t');
            if (tab < 1) {
                return Optional.empty();
            }
            try {
                sizes.put(unescape(line.substring(tab + 1)), Long.parseLong(line.substring(0, tab)));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(sizes);
    }

    /**
     * What in {@code site} folio did not write, by {@code listed}: files the list does not name,
     * files whose size is not the listed one, and links (folio writes none); site paths, sorted.
     */
    static List<String> strangers(Path site, Map<String, Long> listed) throws IOException {
        List<String> found = new ArrayList<>();
        Files.walkFileTree(site, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String path = sitePath(site, file);
                if (path.equals(NAME)) {
                    return FileVisitResult.CONTINUE;
                }
                Long size = listed.get(path);
                if (size == null || !attrs.isRegularFile()) {
                    found.add(path);
                } else if (size != attrs.size()) {
                    found.add(path + " (changed since folio wrote it)");
                }
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        return found;
    }

    static String sitePath(Path site, Path file) {
        return site.relativize(file).toString().replace(java.io.File.separatorChar, '/');
    }

    private static String escape(String path) {
        if (path.indexOf('%') < 0 && path.indexOf('\n') < 0 && path.indexOf('\r') < 0 && path.indexOf('\t') < 0) {
            return path;
        }
        return path.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D").replace("\t", "%09");
    }

    private static String unescape(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        return path.replace("%0A", "\n").replace("%0D", "\r").replace("%09", "\t").replace("%25", "%");
    }
}
