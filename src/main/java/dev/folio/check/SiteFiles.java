package dev.folio.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Looks files up in the site folder by listing directories, so that letter case is compared exactly
 * even on a case-insensitive filesystem.
 */
final class SiteFiles {

    /** A file that exists; {@code path} is spelled as on disk. */
    record Match(String path, boolean caseDiffers, boolean directory) {
    }

    private final Path root;
    private final Map<Path, Set<String>> listings = new HashMap<>();

    SiteFiles(Path root) {
        this.root = root;
    }

    /**
     * Resolves decoded site-relative segments; a directory (or {@code directory == true}) means its index.html.
     */
    Resolution find(List<String> segments, boolean directory) throws IOException {
        List<String> wanted = new ArrayList<>(segments);
        if (directory) {
            wanted.add("index.html");
        }
        Optional<Match> match = walk(wanted);
        if (match.isPresent() && match.get().directory() && !directory) {
            wanted.add("index.html");
            match = walk(wanted);
        }
        if (match.isEmpty()) {
            return Resolution.broken("file not found: " + String.join("/", wanted));
        }
        if (match.get().caseDiffers()) {
            return Resolution.broken("file differs in case: found " + match.get().path());
        }
        return Resolution.found(match.get().path());
    }

    private Optional<Match> walk(List<String> segments) throws IOException {
        Path current = root;
        List<String> actual = new ArrayList<>();
        boolean caseDiffers = false;
        for (String segment : segments) {
            if (!Files.isDirectory(current)) {
                return Optional.empty();
            }
            Optional<String> name = entry(current, segment);
            if (name.isEmpty()) {
                return Optional.empty();
            }
            caseDiffers |= !name.get().equals(segment);
            actual.add(name.get());
            current = current.resolve(name.get());
        }
        return Optional.of(new Match(String.join("/", actual), caseDiffers, Files.isDirectory(current)));
    }

    /** The entry of {@code dir} named {@code name}, or else one that differs only in case. */
    private Optional<String> entry(Path dir, String name) throws IOException {
        Set<String> names = listing(dir);
        if (names.contains(name)) {
            return Optional.of(name);
        }
        return names.stream().filter(n -> n.equalsIgnoreCase(name)).findFirst();
    }

    private Set<String> listing(Path dir) throws IOException {
        Set<String> names = listings.get(dir);
        if (names == null) {
            try (Stream<Path> entries = Files.list(dir)) {
                names = entries.map(p -> p.getFileName().toString())
                        .sorted()
                        .collect(Collectors.toCollection(LinkedHashSet::new));
            }
            listings.put(dir, names);
        }
        return names;
    }
}
