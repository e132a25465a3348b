package dev.folio.publish;

import dev.folio.problem.InvalidInputException;
import dev.folio.problem.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides whether a build may publish to an output folder, before anything is rendered. folio
 * replaces only what it wrote itself: a folder that does not exist yet, an empty one, or one whose
 * every file its {@link Manifest} lists. Paths are compared as the file system resolves them
 * (links followed), so a folder reached through a link is the same folder.
 *
 * <p>Never, even with {@code force}: the file-system root, the home folder or a folder holding
 * it, a folder holding the project, or a folder inside the sources folio reads
 * ({@code content/}, {@code templates/}, {@code themes/}) or inside {@code .git/}.
 */
public final class OutputFolder {

    /** Folders of a project that hold its sources; an output may be neither inside nor around them. */
    static final List<String> SOURCES = List.of("content", "templates", "themes", ".git");

    private OutputFolder() {}

    /**
     * The real path to publish to, once the output is found safe to replace; first puts right
     * what an interrupted build left beside it. {@code shown} is how the output is named in
     * messages. Throws {@link InvalidInputException} with the reason and the way out.
     */
    public static Path claim(Path project, Path out, String shown, boolean force) {
        return claim(project, out, shown, force, Path.of(System.getProperty("user.home")));
    }

    static Path claim(Path project, Path out, String shown, boolean force, Path userHome) {
        Path target;
        Path home;
        Path root;
        List<Source> sources = new java.util.ArrayList<>();
        try {
            target = real(out);
            home = real(userHome);
            root = real(project);
            for (String name : SOURCES) {
                Path dir = root.resolve(name);
                sources.add(new Source(name, dir));
                Path resolved = real(dir);
                if (!resolved.equals(dir)) {
                    sources.add(new Source(name, resolved));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw refused(shown, "cannot be resolved (" + e.getMessage() + "); choose a folder of its own with --out, "
                    + "e.g. target/site");
        }
        String never = never(target, home, root, sources);
        if (never != null) {
            throw refused(shown, "cannot be the output: it " + never + "; choose a folder of its own with --out, "
                    + "e.g. target/site");
        }
        try {
            Debris.recover(target);
        } catch (IOException e) {
            throw refused(shown, "what an interrupted build left beside it could not be cleared (" + e.getMessage()
                    + "); remove the folders named ." + target.getFileName() + ".new-* and .old-* beside it");
        }
        if (!force) {
            String notOurs = notOurs(target);
            if (notOurs != null) {
                throw refused(shown, notOurs);
            }
        } else if (Files.exists(target, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(target)) {
            throw refused(shown, "is a file, not a folder; remove it or choose another --out");
        }
        return target;
    }

    /** A folder of the project's sources by its name, as given or as a link resolves it. */
    private record Source(String name, Path dir) {}

    /** Why {@code target} may never be replaced, or null. */
    private static String never(Path target, Path home, Path project, List<Source> sources) {
        if (target.getParent() == null) {
            return "is the file-system root";
        }
        if (project.startsWith(target)) {
            return "holds the site's own files, which publishing would replace";
        }
        if (target.equals(home)) {
            return "is your home folder";
        }
        if (home.startsWith(target)) {
            return "holds your home folder";
        }
        for (Source source : sources) {
            if (target.startsWith(source.dir())) {
                return "is inside the site's sources (" + source.name() + "/)";
            }
            if (source.dir().startsWith(target)) {
                return "holds the site's sources (" + source.name() + "/)";
            }
        }
        return null;
    }

    /** Why the existing {@code target} is not folio's to replace, or null when it is. */
    private static String notOurs(Path target) {
        if (!Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            return null;
        }
        if (!Files.isDirectory(target)) {
            return "is a file, not a folder folio wrote; folio does not replace it. Choose another --out, "
                    + "or remove the file yourself";
        }
        try {
            if (isEmpty(target)) {
                return null;
            }
            Optional<Map<String, Long>> listed = Manifest.read(target);
            if (listed.isEmpty()) {
                if (earlierFolioSite(target)) {
                    return null;
                }
                return "is a folder folio did not write (it has no " + Manifest.NAME + " list of folio's files), "
                        + "and publishing would replace everything in it. Choose a new folder with --out, "
                        + "e.g. target/site, or pass --force to replace this one and lose what it holds";
            }
            List<String> strangers = Manifest.strangers(target, listed.get());
            if (strangers.isEmpty()) {
                return null;
            }
            String named = String.join(", ", strangers.subList(0, Math.min(5, strangers.size())))
                    + (strangers.size() > 5 ? " and " + (strangers.size() - 5) + " more" : "");
            return "holds " + (strangers.size() == 1 ? "a file" : strangers.size() + " files")
                    + " folio did not write: " + named + "; publishing would replace the folder and lose "
                    + (strangers.size() == 1 ? "it" : "them") + ". Move " + (strangers.size() == 1 ? "it" : "them")
                    + " out of the folder, or pass --force to replace it anyway";
        } catch (IOException e) {
            return "could not be read (" + e.getMessage() + "); check its permissions, or choose another --out";
        }
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.findAny().isEmpty();
        }
    }

    /**
     * A site written by a folio from before the {@link Manifest}: its home page names folio as its
     * generator and it holds nothing but what a build writes (HTML, assets, feeds, no folders of
     * sources). Replacing it loses nothing a build would not write again.
     */
    private static boolean earlierFolioSite(Path dir) throws IOException {
        Path home = dir.resolve("index.html");
        if (!Files.isRegularFile(home, LinkOption.NOFOLLOW_LINKS)
                || !Files.isRegularFile(dir.resolve("sitemap.xml"), LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        byte[] head;
        try (var in = Files.newInputStream(home)) {
            head = in.readNBytes(8192);
        }
        if (!new String(head, StandardCharsets.UTF_8).contains("<meta name=\"generator\" content=\"folio\">")) {
            return false;
        }
        for (String source : SOURCES) {
            if (Files.exists(dir.resolve(source), LinkOption.NOFOLLOW_LINKS)) {
                return false;
            }
        }
        return true;
    }

    /**
     * {@code path} as the file system resolves it: the real path of its nearest existing folder,
     * links followed, with the rest of the names after it.
     */
    static Path real(Path path) throws IOException {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        Path resolved = existing.toRealPath();
        Path rest = existing.relativize(absolute);
        return rest.toString().isEmpty() ? resolved : resolved.resolve(rest).normalize();
    }

    private static InvalidInputException refused(String shown, String reason) {
        return new InvalidInputException(Problem.at(shown, reason));
    }
}
