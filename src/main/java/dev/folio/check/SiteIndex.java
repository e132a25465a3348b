package dev.folio.check;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Every file and folder of the site, in memory, so that a URL is resolved without touching the disk and
 * letter case is compared exactly even on a case-insensitive filesystem.
 */
final class SiteIndex {

    private final Set<String> files;
    private final Set<String> dirs = new HashSet<>();
    private final Map<String, String> filesByLower = new HashMap<>();
    private final Map<String, String> dirsByLower = new HashMap<>();

    /** {@code sortedFiles}: site-relative paths with '/' separators, sorted (the first spelling wins a case clash). */
    SiteIndex(List<String> sortedFiles) {
        files = new HashSet<>(sortedFiles);
        dirs.add("");
        for (String file : sortedFiles) {
            filesByLower.putIfAbsent(lower(file), file);
            for (int slash = file.indexOf('/'); slash >= 0; slash = file.indexOf('/', slash + 1)) {
                String dir = file.substring(0, slash);
                if (dirs.add(dir)) {
                    dirsByLower.putIfAbsent(lower(dir), dir);
                }
            }
        }
    }

    boolean isFile(String path) {
        return files.contains(path);
    }

    /** Resolves decoded site-relative segments; a folder (or {@code directory == true}) means its index.html. */
    Resolution find(List<String> segments, boolean directory) {
        String path = String.join("/", segments);
        if (directory || path.isEmpty()) {
            return index(path, false);
        }
        if (files.contains(path)) {
            return Resolution.found(path);
        }
        if (dirs.contains(path)) {
            return index(path, false);
        }
        String file = filesByLower.get(lower(path));
        if (file != null) {
            return Resolution.caseDiffers(file);
        }
        String dir = dirsByLower.get(lower(path));
        if (dir != null) {
            return index(dir, true);
        }
        return Resolution.broken("file not found: " + path);
    }

    private Resolution index(String dir, boolean caseDiffers) {
        String wanted = dir.isEmpty() ? "index.html" : dir + "/index.html";
        if (files.contains(wanted)) {
            return caseDiffers ? Resolution.caseDiffers(wanted) : Resolution.found(wanted);
        }
        String file = filesByLower.get(lower(wanted));
        if (file != null) {
            return Resolution.caseDiffers(file);
        }
        return Resolution.broken("file not found: " + wanted);
    }

    private static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
