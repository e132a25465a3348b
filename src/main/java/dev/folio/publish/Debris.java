package dev.folio.publish;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * What an interrupted build leaves beside an output folder, and putting it right on the next run.
 * A build stages the new site in {@code .NAME.new-*} and, for the moment of the swap, moves the
 * previous one to {@code .NAME.old-*}. Killed while staging, it leaves a {@code .new-} folder;
 * killed between the swap's two renames, it leaves no site at the output and the previous one
 * under its {@code .old-} name. {@link #recover} restores that site and removes every such folder
 * that holds folio's marker and that no running build holds locked.
 */
final class Debris {

    private Debris() {}

    static String newPrefix(Path target) {
        return "." + target.getFileName() + ".new-";
    }

    static String oldPrefix(Path target) {
        return "." + target.getFileName() + ".old-";
    }

    /**
     * Restores a site hidden by an interrupted swap and removes folio's leftovers beside
     * {@code target}. Leaves everything alone while another build of the same output runs.
     */
    static void recover(Path target) throws IOException {
        Path parent = target.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            return;
        }
        List<Path> staged = new ArrayList<>();
        List<Path> previous = new ArrayList<>();
        try (Stream<Path> children = Files.list(parent)) {
            children.forEach(child -> {
                String name = child.getFileName().toString();
                if (name.startsWith(newPrefix(target))) {
                    staged.add(child);
                } else if (name.startsWith(oldPrefix(target))) {
                    previous.add(child);
                }
            });
        }
        if (staged.isEmpty() && previous.isEmpty()) {
            return;
        }
        if (inUse(target) || staged.stream().anyMatch(Debris::inUse)) {
            return;
        }
        for (Path dir : staged) {
            if (ours(dir) || isEmptyFolder(dir)) {
                Publisher.deleteTree(dir);
            }
        }
        List<Path> sites = previous.stream().filter(Debris::ours)
                .sorted(Comparator.comparing(Debris::modified).reversed())
                .toList();
        if (!sites.isEmpty() && !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
            Publisher.move(sites.get(0), target);
            sites = sites.subList(1, sites.size());
        }
        for (Path dir : sites) {
            Publisher.deleteTree(dir);
        }
    }

    /** A folder folio made: a real folder (not a link) holding its marker file. */
    static boolean ours(Path dir) {
        return Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)
                && Files.isRegularFile(dir.resolve(Manifest.NAME), LinkOption.NOFOLLOW_LINKS);
    }

    private static boolean isEmptyFolder(Path dir) {
        if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (Stream<Path> children = Files.list(dir)) {
            return children.findAny().isEmpty();
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether a running build (this process or another) holds the folder's marker locked. */
    static boolean inUse(Path dir) {
        Path marker = dir.resolve(Manifest.NAME);
        if (!Files.isRegularFile(marker, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try (FileChannel channel = FileChannel.open(marker, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                return true;
            }
            lock.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        } catch (IOException e) {
            // a marker that cannot be opened for writing cannot be locked by a build either
            return false;
        }
    }

    private static FileTime modified(Path dir) {
        try {
            return Files.getLastModifiedTime(dir, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }
}
