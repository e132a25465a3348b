package dev.folio.input;

import dev.folio.problem.Problem;
import dev.folio.problem.Problems;
import dev.folio.profile.SiteSettings;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Checks, while the content loads, the site's own files that rendering will read: everything under
 * {@code templates/} and under the folders of the themes in use ({@code themes/<chosen>/} and
 * {@code themes/default/}, which fills in what the chosen theme leaves out). A link that leads out
 * of the site folder is reported, and so is every SVG picture among the themes' assets that could
 * run script on the site or fetch other files ({@link SvgCheck}).
 */
final class TemplatesAndThemes {

    static final String TEMPLATES = "templates";
    static final String THEMES = "themes";

    private TemplatesAndThemes() {}

    static void check(SiteFolder folder, String theme, Problems problems) {
        walk(folder, TEMPLATES, problems);
        for (String name : new LinkedHashSet<>(List.of(theme, SiteSettings.DEFAULT_THEME))) {
            String dir = THEMES + "/" + name;
            for (var file : walk(folder, dir, problems)) {
                String shown = folder.shown(file);
                if (shown.startsWith(dir + "/assets/") && SvgCheck.isSvg(shown)) {
                    folder.read(shown, problems).ifPresent(bytes -> SvgCheck.check(shown, bytes, problems));
                }
            }
        }
    }

    private static List<java.nio.file.Path> walk(SiteFolder folder, String dir, Problems problems) {
        try {
            return folder.files(dir, problems);
        } catch (IOException e) {
            problems.add(Problem.at(dir, "could not be read: " + e.getMessage()));
            return List.of();
        }
    }
}
