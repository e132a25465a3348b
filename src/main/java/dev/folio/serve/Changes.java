package dev.folio.serve;

import java.util.List;
import java.util.Locale;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * One burst of file events: the paths that changed, relative to the site folder with '/'
 * separators, and how much of the site that calls for rebuilding. {@code overflow} means events
 * were lost, so everything is redone.
 */
record Changes(SortedSet<String> paths, boolean overflow) {

    /** What a change calls for, from least to most work. */
    enum Scope {
        /** Editor back-up files, notes in templates/: nothing to do. */
        NONE,
        /** A theme's assets: replace them, keep the pages. */
        ASSETS,
        /** content/: load and render again. */
        CONTENT,
        /** A template's text: render again; a renderer that compiles templates recompiles what changed. */
        TEMPLATES,
        /** Templates or themes added or removed, a theme.yml, lost events: a new renderer. */
        THEMES
    }

    Changes {
        paths = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(paths));
    }

    Scope scope() {
        Scope scope = overflow ? Scope.THEMES : Scope.NONE;
        for (String path : paths) {
            Scope s = scopeOf(path);
            if (s.compareTo(scope) > 0) {
                scope = s;
            }
        }
        return scope;
    }

    /** The paths that matter (not editor back-ups), for messages. */
    List<String> relevant() {
        return paths.stream().filter(p -> scopeOf(p) != Scope.NONE).toList();
    }

    /** Only stylesheets of a theme changed: pages can keep their state and swap the styles. */
    boolean stylesOnly() {
        List<String> relevant = relevant();
        return !overflow && scope() == Scope.ASSETS && !relevant.isEmpty()
                && relevant.stream().allMatch(p -> p.toLowerCase(Locale.ROOT).endsWith(".css"));
    }

    /** The .jte files among the changes. */
    List<String> templates() {
        return paths.stream().filter(p -> scopeOf(p) == Scope.TEMPLATES).toList();
    }

    static Scope scopeOf(String path) {
        String[] s = path.split("/");
        if (s.length == 0 || isNoise(s[s.length - 1])) {
            return Scope.NONE;
        }
        return switch (s[0]) {
            case "content" -> Scope.CONTENT;
            case "templates" -> s.length == 1 ? Scope.THEMES : templateScope(s[s.length - 1]);
            case "themes" -> themeScope(s);
            default -> Scope.NONE;
        };
    }

    private static Scope themeScope(String[] s) {
        if (s.length <= 2 || (s.length == 3 && s[2].equals("theme.yml"))) {
            return Scope.THEMES;
        }
        return switch (s[2]) {
            case "assets" -> Scope.ASSETS;
            case "templates" -> s.length == 3 ? Scope.THEMES : templateScope(s[s.length - 1]);
            default -> Scope.NONE;
        };
    }

    /** A .jte file; a name without a dot is most likely a folder of templates moved or removed. */
    private static Scope templateScope(String name) {
        if (name.endsWith(".jte")) {
            return Scope.TEMPLATES;
        }
        return name.indexOf('.') < 0 ? Scope.THEMES : Scope.NONE;
    }

    /** Files editors write beside the real one: back-ups, swap and lock files, write probes. */
    static boolean isNoise(String name) {
        return name.startsWith(".") || name.startsWith("#") || name.endsWith("~") || name.equals("4913")
                || name.endsWith(".swp") || name.endsWith(".swx") || name.endsWith(".swo") || name.endsWith(".tmp")
                || name.contains("___jb_");
    }
}
