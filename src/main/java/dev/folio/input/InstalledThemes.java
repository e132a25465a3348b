package dev.folio.input;

import dev.folio.input.yaml.ThemeReader;
import dev.folio.input.yaml.YamlReader;
import dev.folio.problem.Problem;
import dev.folio.problem.Problems;
import dev.folio.theme.Theme;
import dev.folio.theme.ThemeCatalog;
import dev.folio.theme.ThemeDescriptor;
import dev.folio.theme.Themes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;

/** The themes of a site folder, built in and its own, with their theme.yml read on demand. */
final class InstalledThemes implements ThemeCatalog {

    private final Path source;
    private final Problems problems;
    private final YamlReader yaml;
    private final SortedSet<String> names;
    private final Map<String, Optional<ThemeDescriptor>> read = new HashMap<>();

    InstalledThemes(Path source, YamlReader yaml, Problems problems) {
        this.source = source;
        this.yaml = yaml;
        this.problems = problems;
        this.names = Themes.available(source);
    }

    @Override
    public SortedSet<String> names() {
        return names;
    }

    @Override
    public Optional<ThemeDescriptor> descriptor(String name) {
        return read.computeIfAbsent(name, this::load);
    }

    private Optional<ThemeDescriptor> load(String name) {
        Theme theme = Themes.find(name, source);
        Optional<Path> dir = theme.local().or(theme::builtIn);
        if (dir.isEmpty()) {
            return Optional.empty();
        }
        Path file = dir.get().resolve(Themes.DESCRIPTION);
        String shown = theme.local().isPresent() ? "themes/" + name + "/" + Themes.DESCRIPTION
                : "built-in theme " + name + ": " + Themes.DESCRIPTION;
        try {
            return yaml.read(shown, Files.readAllBytes(file), problems)
                    .flatMap(node -> ThemeReader.read(shown, node, problems));
        } catch (IOException e) {
            problems.add(Problem.at(shown, "could not be read: " + e.getMessage()));
            return Optional.empty();
        }
    }
}
