package dev.folio.input.yaml;

import dev.folio.problem.Problems;
import dev.folio.profile.SiteSettings;
import dev.folio.theme.Colors;
import dev.folio.theme.ThemeCatalog;
import dev.folio.theme.ThemeDescriptor;
import dev.folio.theme.ThemeParam;
import dev.folio.theme.ThemeSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/** Maps {@code site.yml} onto {@link SiteSettings} and the chosen theme's parameters. */
public final class SettingsReader {

    private static final Pattern LANGUAGE = Pattern.compile("[a-zA-Z]{2,3}(?:-[a-zA-Z0-9]{2,8})*");
    private static final Pattern THEME = Pattern.compile("[a-z0-9]+(?:[-_][a-z0-9]+)*");
    private static final double MIN_CONTRAST = 4.5;

    /** The settings and the chosen theme with its parameters resolved. */
    public record Settings(SiteSettings site, ThemeSettings theme) {}

    private SettingsReader() {}

    /**
     * @param fallbackTitle used when the file gives no title (the person's name)
     * @param themeOverride a theme chosen on the command line, replacing the file's
     */
    public static Optional<Settings> read(String file, Node root, String fallbackTitle, ThemeCatalog themes,
            Optional<String> themeOverride, Optional<String> baseUrlOverride, Problems problems) {
        Optional<Fields> top = Fields.of(file, root, "", problems);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        Fields f = top.get();
        String title = f.text("title");
        String description = f.text("description");
        String baseUrl = f.text("baseUrl");
        if (baseUrlOverride.isPresent()) {
            baseUrl = baseUrlOverride.get().strip();
            if (!isBaseUrl(baseUrl)) {
                problems.add(dev.folio.problem.Problem.at("--base-url", "\"" + baseUrl
                        + "\" is not an address; use the site's full address, e.g. https://user.github.io/portfolio/"));
            }
        } else if (baseUrl.isEmpty()) {
            baseUrl = "/";
        } else if (!isBaseUrl(baseUrl)) {
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
        } else if (themeOverride.isEmpty() && !themes.names().isEmpty() && !themes.names().contains(theme)) {
            f.problem("theme", "theme \"" + theme + "\" is not installed; available: "
                    + String.join(", ", themes.names()) + " (a site's own theme lives in themes/" + theme
                    + "/theme.yml)");
        }
        String chosen = themeOverride.orElse(theme);
        String language = f.text("language");
        if (language.isEmpty()) {
            language = "en";
        } else if (!LANGUAGE.matcher(language).matches()) {
            f.problem("language", "language \"" + language + "\" is not a language tag; use e.g. en or en-GB");
        }
        ThemeSettings params = params(f, chosen, themes.descriptor(chosen), problems);
        java.util.Map<String, String> check = new java.util.TreeMap<>();
        f.object("check", c -> {
            for (String kind : c.keys()) {
                String severity = c.text(kind);
                java.util.List<String> wrong = dev.folio.check.CheckConfig.validate(java.util.Map.of(kind, severity));
                if (wrong.isEmpty()) {
                    check.put(kind, severity);
                } else {
                    wrong.forEach(message -> c.problem(kind, c.child(kind) + ": " + message));
                }
            }
            return Boolean.TRUE;
        }, Boolean.FALSE);
        f.finish();
        return Optional.of(new Settings(new SiteSettings(title.isEmpty() ? fallbackTitle : title, description, baseUrl,
                chosen, language, check), params));
    }

    private static boolean isBaseUrl(String url) {
        return url.matches("https?://[^\\s/]+(/\\S*)?") || url.matches("/\\S*");
    }

    /** The theme's defaults, overridden by {@code params:}, each value checked against its declaration. */
    private static ThemeSettings params(Fields f, String theme, Optional<ThemeDescriptor> descriptor, Problems problems) {
        Map<String, String> values = new TreeMap<>();
        List<String> order = new ArrayList<>(ThemeParam.SECTION_IDS);
        List<ThemeParam> declared = descriptor.map(ThemeDescriptor::params).orElse(List.of());
        for (ThemeParam p : declared) {
            if (p.type() == ThemeParam.Type.SECTIONS) {
                if (!p.defaultValue().isEmpty()) {
                    order = new ArrayList<>(Arrays.asList(p.defaultValue().split(",")));
                }
            } else {
                values.put(p.name(), p.defaultValue());
            }
        }
        List<String> resolvedOrder = order;
        f.object("params", p -> {
            for (String key : p.keys()) {
                Optional<ThemeParam> param = descriptor.flatMap(d -> d.param(key));
                if (param.isEmpty()) {
                    List<String> names = declared.stream().map(ThemeParam::name).toList();
                    String hint = Suggest.nearest(key, names).map(n -> "did you mean \"" + n + "\"?")
                            .orElse(names.isEmpty() ? "it takes none" : "it takes: " + String.join(", ", names));
                    p.problem(key, p.child(key) + " is not a parameter of theme " + theme + "; " + hint);
                    continue;
                }
                ThemeParam declaredParam = param.get();
                switch (declaredParam.type()) {
                    case COLOR -> color(p, key, declaredParam).ifPresent(c -> values.put(key, c));
                    case CHOICE -> choice(p, key, declaredParam).ifPresent(c -> values.put(key, c));
                    case SECTIONS -> sections(p, key).ifPresent(list -> {
                        resolvedOrder.clear();
                        resolvedOrder.addAll(list);
                    });
                }
            }
            return Boolean.TRUE;
        }, Boolean.FALSE);
        return new ThemeSettings(theme, values, resolvedOrder);
    }

    private static Optional<String> color(Fields p, String key, ThemeParam param) {
        String text = p.text(key);
        Optional<String> color = Colors.parse(text);
        if (color.isEmpty()) {
            p.problem(key, p.child(key) + " \"" + text + "\" is not a colour; use #rrggbb, e.g. #1d4ed8");
            return Optional.empty();
        }
        if (!param.contrastWith().isEmpty()) {
            double ratio = Colors.contrast(color.get(), param.contrastWith());
            if (ratio < MIN_CONTRAST) {
                p.problem(key, String.format(Locale.ROOT, "%s %s has a contrast of %.1f:1 with the background %s; "
                        + "text needs at least 4.5:1, so choose a %s colour", p.child(key), color.get(), ratio,
                        param.contrastWith(), Colors.contrast(param.contrastWith(), "#ffffff") > 10 ? "lighter" : "darker"));
                return Optional.empty();
            }
        }
        return color;
    }

    private static Optional<String> choice(Fields p, String key, ThemeParam param) {
        String text = p.text(key);
        if (!param.choices().contains(text)) {
            String hint = Suggest.nearest(text, param.choices()).map(n -> "did you mean \"" + n + "\"? ").orElse("");
            p.problem(key, p.child(key) + " \"" + text + "\" is not one of the choices; " + hint + "use one of: "
                    + String.join(", ", param.choices()));
            return Optional.empty();
        }
        return Optional.of(text);
    }

    private static Optional<List<String>> sections(Fields p, String key) {
        List<String> list = p.texts(key);
        List<int[]> places = p.itemPositions(key);
        List<String> seen = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < list.size(); i++) {
            String id = list.get(i);
            int[] at = i < places.size() ? places.get(i) : p.position(key);
            if (!ThemeParam.SECTION_IDS.contains(id)) {
                String hint = Suggest.nearest(id, ThemeParam.SECTION_IDS).map(n -> "did you mean \"" + n + "\"? ")
                        .orElse("");
                p.problemAt(at, p.child(key) + "[" + i + "] \"" + id + "\" is not a section; " + hint
                        + "sections are: " + String.join(", ", ThemeParam.SECTION_IDS));
                ok = false;
            } else if (seen.contains(id)) {
                p.problemAt(at, p.child(key) + "[" + i + "] \"" + id + "\" is listed twice; list each section once");
                ok = false;
            }
            seen.add(id);
        }
        return ok ? Optional.of(seen) : Optional.empty();
    }
}
