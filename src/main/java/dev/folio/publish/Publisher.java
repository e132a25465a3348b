package dev.folio.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The only code that writes the site. {@link #stage} writes every file into a fresh folder beside
 * the output; {@link Staged#commit} swaps it in with renames, so the output folder holds either
 * the previous site or the new one, never a half-written mix. Closing an uncommitted stage
 * deletes it. {@link #open} gives an empty stage that files are added to one by one as they are
 * rendered, so a large site never has to be held in memory whole.
 */
public final class Publisher {

    private Publisher() {}

    /** Writes {@code files} into a temporary folder next to {@code out}. */
    public static Staged stage(SiteFiles files, Path out) throws IOException {
        Staged staged = open(out);
        try {
            for (var entry : files.files().entrySet()) {
                staged.add(entry.getKey(), entry.getValue());
            }
        } catch (IOException | RuntimeException e) {
            staged.close();
            throw e;
        }
        return staged;
    }

    /**
     * A fresh, empty temporary folder next to {@code out}, for files written one by one with
     * {@link Staged#add} as they are made (from several threads at once, if need be).
     */
    public static Staged open(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new IOException("cannot publish to the file-system root");
        }
        Files.createDirectories(parent);
        Path temp = Files.createTempDirectory(parent, "." + target.getFileName() + ".new-");
        return new Staged(temp, target);
    }

    /** A fully written site waiting to replace the output folder. */
    public static final class Staged implements AutoCloseable, FileSink {

        private final Path temp;
        private final Path target;
        /** Folders already made inside {@link #temp}; writers on several threads share it. */
        private final Set<Path> folders = ConcurrentHashMap.newKeySet();
        private volatile boolean committed;

        private Staged(Path temp, Path target) {
            this.temp = temp;
            this.target = target;
            folders.add(temp);
        }

        /**
         * Writes one file of the site into the staged folder, making its folders; safe to call from
         * several threads at once. Each path is written once: a second write of it fails.
         */
        @Override
        public void add(String path, byte[] bytes) throws IOException {
            SiteFiles.requireSitePath(path);
            Path file = temp.resolve(path).normalize();
            if (!file.startsWith(temp)) {
                throw new IOException("refusing to write outside the site: " + path);
            }
            Path folder = file.getParent();
            if (!folders.contains(folder)) {
                Files.createDirectories(folder);
                folders.add(folder);
            }
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
            }
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
