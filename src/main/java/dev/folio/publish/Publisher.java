package dev.folio.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The only code that writes the site. {@link #stage} writes every file into a fresh folder beside
 * the output; {@link Staged#commit} swaps it in with renames, so the output folder holds either
 * the previous site or the new one, never a half-written mix. Closing an uncommitted stage
 * deletes it.
 */
public final class Publisher {

    private Publisher() {}

    /** Writes {@code files} into a temporary folder next to {@code out}. */
    public static Staged stage(SiteFiles files, Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new IOException("cannot publish to the file-system root");
        }
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
        try {
            for (var entry : files.files().entrySet()) {
                Path file = temp.resolve(entry.getKey()).normalize();
                if (!file.startsWith(temp)) {
                    throw new IOException("refusing to write outside the site: " + entry.getKey());
                }
                Files.createDirectories(file.getParent());
                Files.write(file, entry.getValue());
            }
        } catch (IOException | RuntimeException e) {
            deleteTree(temp);
            throw e;
        }
        return new Staged(temp, target);
    }

    /** A fully written site waiting to replace the output folder. */
    public static final class Staged implements AutoCloseable {

        private final Path temp;
        private final Path target;
        private boolean committed;

        private Staged(Path temp, Path target) {
            this.temp = temp;
            this.target = target;
        }

        /** Where the new site is while staged; the link check reads it here. */
        public Path dir() {
            return temp;
        }

        /** Moves the new site into place; the previous one is removed only after the swap. */
        public void commit() throws IOException {
            Path old = null;
            if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
                Files.delete(old);
                move(target, old);
            }
            try {
                move(temp, target);
            } catch (IOException e) {
                if (old != null) {
                    move(old, target);
                }
                throw e;
            }
            committed = true;
            if (old != null) {
                deleteTree(old);
            }
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                deleteTree(temp);
            }
        }

        private static void move(Path from, Path to) throws IOException {
            try {
                Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(from, to);
            }
        }
    }

    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                try {
                    Files.delete(dir);
                } catch (DirectoryNotEmptyException retry) {
                    deleteTree(dir);
                }
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
