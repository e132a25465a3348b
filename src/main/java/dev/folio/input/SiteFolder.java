package dev.folio.input;

import dev.folio.problem.Problem;
import dev.folio.problem.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The site folder, read so that no link leads out of it: a path is read only when every link on
 * the way to it (the file itself, or a folder it is in) ends inside the folder's real path. Links
 * that stay inside are followed as usual. Each link that leaves is reported once, however many
 * files lie behind it. Safe to use from several threads.
 */
public final class SiteFolder {

    private final Path root;
    private final Path realRoot;
    private final Set<String> reported = ConcurrentHashMap.newKeySet();

    private SiteFolder(Path root, Path realRoot) {
        this.root = root;
        this.realRoot = realRoot;
    }

    /** The folder at {@code root}, which must exist. */
    public static SiteFolder of(Path root) throws IOException {
        Path absolute = root.toAbsolutePath().normalize();
        return new SiteFolder(absolute, absolute.toRealPath());
    }

    public Path root() {
        return root;
    }

    /** {@code path} (under the root) as messages show it: relative, with forward slashes. */
    public String shown(Path path) {
        return root.relativize(path.toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    /**
     * What is wrong with reading {@code relative} (a path inside the folder, "/"-separated): the
     * link on its way that leads out of the folder, or a path that climbs out with "..". Empty
     * when it stays inside, and when it does not exist (reading it then says so).
     */
    public Optional<Problem> outside(String relative) {
        Path lexical = root.resolve(relative).normalize();
        if (!lexical.startsWith(root)) {
            return Optional.of(Problem.at(relative, "leaves the site folder; give a path inside it"));
        }
        try {
            if (lexical.toRealPath().startsWith(realRoot)) {
                return Optional.empty();
            }
        } catch (IOException e) {
            // not there, or a link that points nowhere: the walk below names it when it points outside
        }
        Path at = root;
        for (Path part : root.relativize(lexical)) {
            at = at.resolve(part);
            if (Files.isSymbolicLink(at)) {
                Optional<Path> target = leavesTo(at);
                if (target.isPresent()) {
                    return Optional.of(Problem.at(shown(at), "is a link to " + target.get()
                            + ", outside the site folder; copy the " + (Files.isDirectory(target.get()) ? "folder" : "file")
                            + " into the site instead"));
                }
            }
        }
        return Optional.empty();
    }

    /** Where the link at {@code link} ends, when that is outside the folder. */
    private Optional<Path> leavesTo(Path link) {
        Path target;
        try {
            target = link.toRealPath();
        } catch (NoSuchFileException e) {
            try {
                target = link.getParent().resolve(Files.readSymbolicLink(link)).normalize();
            } catch (IOException unreadable) {
                return Optional.empty();
            }
            return target.startsWith(root) || target.startsWith(realRoot) ? Optional.empty() : Optional.of(target);
        } catch (IOException e) {
            return Optional.empty();
        }
        return target.startsWith(realRoot) ? Optional.empty() : Optional.of(target);
    }

    /**
     * True when {@code relative} stays inside the folder; otherwise adds the problem to
     * {@code problems} (the first time this link is met) and returns false.
     */
    public boolean inside(String relative, Problems problems) {
        Optional<Problem> problem = outside(relative);
        if (problem.isEmpty()) {
            return true;
        }
        if (reported.add(problem.get().file())) {
            problems.add(problem.get());
        }
        return false;
    }

    /** The bytes of {@code relative}, empty (with the problem added) when it cannot be read. */
    public Optional<byte[]> read(String relative, Problems problems) {
        if (!inside(relative, problems)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readAllBytes(root.resolve(relative)));
        } catch (IOException e) {
            problems.add(Problem.at(relative, "could not be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /**
     * Every file under the folder {@code relative}, sorted, each as a path under it (through links
     * as given, so {@code relativize} against {@code root().resolve(relative)} names it). A link
     * that leads out of the site folder is left out and its problem added; a link to a file inside
     * is listed; links to folders are not walked into. Nothing when the folder does not exist.
     */
    public List<Path> files(String relative, Problems problems) throws IOException {
        Path dir = root.resolve(relative).normalize();
        if (!inside(relative, problems) || !Files.isDirectory(dir)) {
            return List.of();
        }
        // the folder itself may be a link inside the site: walk where it ends, show it as it is named
        Path real = dir.toRealPath();
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(real)) {
            for (Path found : (Iterable<Path>) walk.sorted()::iterator) {
                Path named = dir.resolve(real.relativize(found).toString());
                if (Files.isSymbolicLink(found)) {
                    if (inside(shown(named), problems) && Files.isRegularFile(found)) {
                        files.add(named);
                    }
                } else if (Files.isRegularFile(found, LinkOption.NOFOLLOW_LINKS)) {
                    files.add(named);
                }
            }
        } catch (java.io.UncheckedIOException e) {
            throw e.getCause();
        }
        return files;
    }
}
