package dev.folio.input;

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
            if (!target.toRealPath().startsWith(base.toRealPath())) {
                return Optional.of("is a link to a file outside the content folder; copy the file in instead");
            }
            return Optional.empty();
        } catch (InvalidPathException | IOException e) {
            return Optional.of("is not a usable path; give a path inside content/, e.g. images/me.jpg");
        }
    }
}
