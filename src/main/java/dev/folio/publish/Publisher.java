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
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
     * {@link Staged#add} as they are made (from several threads at once, if need be). The folder
     * gets the permissions of any new folder (the umask applies, as with {@code cp}), and holds
     * folio's marker from the start, locked while the build runs, so that a later run knows it for
     * folio's and leaves it alone while this one is alive. Call {@link OutputFolder#claim} first.
     */
    public static Staged open(Path out) throws IOException {
        Path target = out.toAbsolutePath().normalize();
        Path parent = target.getParent();
        if (parent == null) {
            throw new IOException("cannot publish to the file-system root");
        }
        Files.createDirectories(parent);
        Path temp = fresh(parent, Debris.newPrefix(target), true);
        FileChannel marker = null;
        try {
            marker = FileChannel.open(temp.resolve(Manifest.NAME), StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
            marker.lock();
            write(marker, Manifest.HEADER.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            return new Staged(temp, target, marker);
        } catch (IOException | RuntimeException e) {
            if (marker != null) {
                marker.close();
            }
            deleteTree(temp);
            throw e;
        }
    }

    /** A new name beside the output, made as a folder when {@code make}; never one in use. */
    private static Path fresh(Path parent, String prefix, boolean make) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path candidate = parent.resolve(prefix + Long.toUnsignedString(RANDOM.nextLong(), 36));
            if (!make) {
                if (!Files.exists(candidate, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    return candidate;
                }
                continue;
            }
            try {
                return Files.createDirectory(candidate);
            } catch (java.nio.file.FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private static void write(FileChannel channel, byte[] bytes) throws IOException {
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        while (buffer.hasRemaining()) {
            channel.write(buffer);
        }
    }

    /** A fully written site waiting to replace the output folder. */
    public static final class Staged implements AutoCloseable, FileSink {

        private final Path temp;
        private final Path target;
        /** The marker, locked from the stage's start until the swap is over. */
        private final FileChannel marker;
        /** Folders already made inside {@link #temp}; writers on several threads share it. */
        private final Set<Path> folders = ConcurrentHashMap.newKeySet();
        /** Every file written, with its size: the {@link Manifest} written at the commit. */
        private final Map<String, Long> sizes = new ConcurrentHashMap<>();
        private volatile boolean committed;

        private Staged(Path temp, Path target, FileChannel marker) {
            this.temp = temp;
            this.target = target;
            this.marker = marker;
            folders.add(temp);
        }

        /**
         * Writes one file of the site into the staged folder, making its folders; safe to call from
         * several threads at once. Each path is written once: a second write of it fails.
         */
        @Override
        public void add(String path, byte[] bytes) throws IOException {
            SiteFiles.requireSitePath(path);
            if (path.equals(Manifest.NAME)) {
                throw new IllegalArgumentException(Manifest.NAME + " is folio's list of the site's files; "
                        + "name the file differently");
            }
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
                write(channel, bytes);
            }
            sizes.put(path, (long) bytes.length);
        }

        /** Where the new site is while staged; the link check reads it here. */
        public Path dir() {
            return temp;
        }

        /**
         * Writes the list of the site's files, then moves the new site into place with two renames
         * (the previous site aside, the new one in); the previous one is removed only after that.
         * Each rename is atomic; between the two there is a moment with no site at the output, and
         * a build killed in it leaves the previous site beside the output, which the next build
         * puts back (see {@link Debris}).
         */
        public void commit() throws IOException {
            marker.truncate(0);
            marker.position(0);
            write(marker, Manifest.text(new TreeMap<>(sizes)));
            Path old = null;
            if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                old = fresh(target.getParent(), Debris.oldPrefix(target), false);
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
            try {
                if (old != null) {
                    deleteTree(old);
                }
            } finally {
                marker.close();
            }
        }

        @Override
        public void close() throws IOException {
            if (!committed) {
                try {
                    marker.close();
                } finally {
                    deleteTree(temp);
                }
            }
        }
    }

    static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
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
