package dev.folio.render;

import dev.folio.theme.Colors;
import dev.folio.theme.ThemeSettings;
import java.util.Map;

/**
 * assets/params.css: the theme's colour parameters as CSS custom properties
 * ({@code --param-accent}), so a theme's stylesheet can use them without inline styles.
 */
final class ThemeCss {

    static final String PATH = "assets/params.css";

    private ThemeCss() {}

    static String of(ThemeSettings theme) {
        StringBuilder css = new StringBuilder("/* theme parameters from content/site.yml */\n:root {\n");
        for (Map.Entry<String, String> e : theme.values().entrySet()) {
            if (Colors.parse(e.getValue()).isPresent()) {
                css.append("  --param-").append(e.getKey()).append(": ").append(e.getValue()).append(";\n");
            }
        }
        return css.append("}\n").toString();
    }
}
