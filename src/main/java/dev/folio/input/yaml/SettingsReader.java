package dev.folio.input.yaml;

import dev.folio.problem.Problems;
import dev.folio.profile.SiteSettings;
import java.util.Optional;
import java.util.regex.Pattern;

/** Maps {@code site.yml} onto {@link SiteSettings}. */
public final class SettingsReader {

    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*");
    private static final Pattern THEME = Pattern.compile("[a-z0-9]+(?:[-_][a-z0-9]+)*");

    private SettingsReader() {}

    /** {@code fallbackTitle} is used when the file gives no title (the person's name). */
    public static Optional<SiteSettings> read(String file, Node root, String fallbackTitle,
            java.util.Set<String> themes, Problems problems) {
        Optional<Fields> top = Fields.of(file, root, "", problems);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        Fields f = top.get();
        String title = f.text("title");
        String description = f.text("description");
        String baseUrl = f.text("baseUrl");
        if (baseUrl.isEmpty()) {
            baseUrl = "/";
        } else if (!baseUrl.matches("https?://[^\\s/]+(/\\S*)?") && !baseUrl.startsWith("/")) {
            f.problem("baseUrl", "baseUrl \"" + baseUrl
                    + "\" is not an address; use the site's full address, e.g. https://alex.example.com/");
        }
        if (!baseUrl.endsWith("/")) {
            baseUrl = baseUrl + "/";
        }
        String theme = f.text("theme");
        if (theme.isEmpty()) {
            theme = SiteSettings.DEFAULT_THEME;
        } else if (!THEME.matcher(theme).matches()) {
            f.problem("theme", "theme \"" + theme + "\" is not a theme name; use the name of a folder "
                    + "in themes/, e.g. default");
        } else if (!themes.isEmpty() && !themes.contains(theme)) {
            f.problem("theme", "theme \"" + theme + "\" is not installed; available: " + String.join(", ", themes)
                    + " (a site's own theme lives in themes/" + theme + "/theme.yml)");
        }
        String language = f.text("language");
        if (language.isEmpty()) {
            language = "en";
        } else if (!LANGUAGE.matcher(language).matches()) {
            f.problem("language", "language \"" + language + "\" is not a language tag; use e.g. en or en-GB");
        }
        f.finish();
        return Optional.of(new SiteSettings(title.isEmpty() ? fallbackTitle : title, description, baseUrl,
                theme, language));
    }
}
