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
    private final boolean assumeExtension;

    /**
     * @param sortedFiles site-relative paths with '/' separators, sorted (the first spelling wins a case clash)
     * @param assumeExtension whether a path that names no file or folder leads to the same path with .html, as
     *                        static hosts serve {@code /about} from {@code about.html}
     */
    SiteIndex(List<String> sortedFiles, boolean assumeExtension) {
        this.assumeExtension = assumeExtension;
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
        String html = path + ".html";
        if (assumeExtension && files.contains(html)) {
            return Resolution.found(html);
        }
        String file = filesByLower.get(lower(path));
        if (file != null) {
            return Resolution.caseDiffers(file);
        }
        String dir = dirsByLower.get(lower(path));
        if (dir != null) {
            return index(dir, true);
        }
        String htmlFile = assumeExtension ? filesByLower.get(lower(html)) : null;
        if (htmlFile != null) {
            return Resolution.caseDiffers(htmlFile);
        }
        if (files.contains(html)) {
            return Resolution.broken("file not found: " + path + "; " + html + " exists, and GitHub Pages and Netlify"
                    + " serve it at this address: accept such links with " + CheckConfig.ASSUME_EXTENSION
                    + ": true under check: in site.yml (folio check --" + CheckConfig.ASSUME_EXTENSION
                    + "), or add .html to the link");
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
