package dev.folio.input.yaml;

import dev.folio.problem.Problems;
import dev.folio.theme.Colors;
import dev.folio.theme.ThemeDescriptor;
import dev.folio.theme.ThemeParam;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a theme's theme.yml: name, description, templates and assets it documents, parameters. */
public final class ThemeReader {

    private ThemeReader() {}

    public static Optional<ThemeDescriptor> read(String file, Node root, Problems problems) {
        Optional<Fields> top = Fields.of(file, root, "", problems);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        Fields f = top.get();
        String name = f.required("name", "name the theme, e.g. name: default");
        String description = f.text("description");
        f.has("templates");
        f.has("assets");
        List<ThemeParam> params = new ArrayList<>();
        f.object("params", p -> {
            for (String key : p.keys()) {
                ThemeParam param = p.object(key, fields -> param(key, fields), null);
                if (param != null) {
                    params.add(param);
                }
            }
            return Boolean.TRUE;
        }, Boolean.FALSE);
        f.finish();
        return Optional.of(new ThemeDescriptor(name, description, params));
    }

    private static ThemeParam param(String name, Fields p) {
        String typeText = p.required("type", "give the parameter a type: color, choice or sections");
        ThemeParam.Type type = ThemeParam.Type.of(typeText).orElse(null);
        if (type == null && !typeText.isEmpty()) {
            p.problem("type", p.child("type") + " \"" + typeText + "\" is not a type; use color, choice or sections");
        }
        String description = p.text("description");
        List<String> choices = p.texts("choices");
        String contrastWith = p.text("contrastWith");
        if (!contrastWith.isEmpty() && Colors.parse(contrastWith).isEmpty()) {
            p.problem("contrastWith", p.child("contrastWith") + " \"" + contrastWith + "\" is not a colour; use #rrggbb");
        }
        String defaultValue = type == ThemeParam.Type.SECTIONS ? String.join(",", p.texts("default")) : p.text("default");
        return new ThemeParam(name, type == null ? ThemeParam.Type.CHOICE : type, description, defaultValue, choices,
                Colors.parse(contrastWith).orElse(""));
    }
}
