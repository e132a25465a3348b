package dev.folio.input;

import dev.folio.problem.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Keeps paths named in content inside the project. */
public final class SitePaths {

    private SitePaths() {}

    /**
     * Checks that {@code relative} names an existing file inside {@code base}; empty when it does,
     * otherwise what is wrong and how to fix it.
     */
    public static Optional<String> checkInside(Path base, String relative) {
        Optional<String> wrong = named(base, relative);
        if (wrong.isPresent()) {
            return wrong;
        }
        try {
            if (!base.resolve(relative).normalize().toRealPath().startsWith(base.toRealPath())) {
                return Optional.of("is a link to a file outside the content folder; copy the file in instead");
            }
            return Optional.empty();
        } catch (InvalidPathException | IOException e) {
            return Optional.of("is not a usable path; give a path inside content/, e.g. images/me.jpg");
        }
    }

    /**
     * Checks that {@code relative} names an existing file inside the site's content/ and that no
     * link on the way to it leads out of the site folder; empty when so, otherwise what is wrong
     * and how to fix it.
     */
    public static Optional<String> checkInside(SiteFolder site, String relative) {
        Path content = site.root().resolve(ContentLoader.CONTENT);
        Optional<String> wrong = named(content, relative);
        if (wrong.isPresent()) {
            return wrong;
        }
        String shown = site.shown(content.resolve(relative));
        Optional<Problem> link = site.outside(shown);
        if (link.isEmpty()) {
            return Optional.empty();
        }
        String message = link.get().message();
        return Optional.of(link.get().file().equals(shown) ? message
                : "is in " + link.get().file() + ", " + message.replaceFirst("^is ", ""));
    }

    /** What is wrong with the path itself: absolute, climbing out of {@code base}, or not there. */
    private static Optional<String> named(Path base, String relative) {
        if (relative.startsWith("/") || relative.startsWith("\\") || relative.matches("^[A-Za-z]:.*")) {
            return Optional.of("is an absolute path; give a path inside content/, e.g. images/me.jpg");
        }
        try {
            Path target = base.resolve(relative).normalize();
            if (!target.startsWith(base.normalize())) {
                return Optional.of("leaves the content folder; give a path inside content/, e.g. images/me.jpg");
            }
            if (!Files.isRegularFile(target)) {
                return Optional.of("does not exist; put the file at content/" + relative);
            }
            return Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.of("is not a usable path; give a path inside content/, e.g. images/me.jpg");
        }
    }
}
