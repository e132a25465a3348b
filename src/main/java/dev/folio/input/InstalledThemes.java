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

    private final SiteFolder folder;
    private final Problems problems;
    private final YamlReader yaml;
    private final SortedSet<String> names;
    private final Map<String, Optional<ThemeDescriptor>> read = new HashMap<>();

    InstalledThemes(SiteFolder folder, YamlReader yaml, Problems problems) {
        this.folder = folder;
        this.yaml = yaml;
        this.problems = problems;
        this.names = Themes.available(folder.root());
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
        Theme theme = Themes.find(name, folder.root());
        if (theme.local().isPresent()) {
            // the site's own theme: read as every site file is, refusing a link out of the site folder
            String shown = folder.shown(theme.local().get().resolve(Themes.DESCRIPTION));
            return folder.read(shown, problems).flatMap(bytes -> yaml.read(shown, bytes, problems))
                    .flatMap(node -> ThemeReader.read(shown, node, problems));
        }
        if (theme.builtIn().isEmpty()) {
            return Optional.empty();
        }
        Path file = theme.builtIn().get().resolve(Themes.DESCRIPTION);
        String shown = "built-in theme " + name + ": " + Themes.DESCRIPTION;
        try {
            return yaml.read(shown, Files.readAllBytes(file), problems)
                    .flatMap(node -> ThemeReader.read(shown, node, problems));
        } catch (IOException e) {
            problems.add(Problem.at(shown, "could not be read: " + e.getMessage()));
            return Optional.empty();
        }
    }
}
