package dev.folio.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * Watches content/, templates/ and themes/ of a site folder, every folder inside them (folders
 * that appear later too), and the site folder itself for those three appearing. A burst of events
 * is collected until the files have been quiet for {@code quiet}, then handed over as one
 * {@link Changes} on the watcher's own thread, so that rebuilds never overlap.
 */
final class Watcher implements AutoCloseable {

    static final Set<String> WATCHED = Set.of("content", "templates", "themes");

    /** Past this many paths in one burst, the burst counts as "everything changed". */
    private static final int MAX_PATHS = 1000;
    /** A steady stream of events still gets a rebuild this often. */
    private static final Duration MAX_WAIT = Duration.ofSeconds(1);

    private final Path source;
    private final Duration quiet;
    private final Consumer<Changes> onChanges;
    private final BooleanSupplier idleWork;
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Thread thread;

    private final Set<String> pending = new TreeSet<>();
    /** Paths first seen created in this burst: gone again by its end, they were temporary files (sed -i, editors). */
    private final Set<String> created = new TreeSet<>();
    private boolean overflow;

    /**
     * @param idleWork run on the watcher's thread before the first change, again and again while
     *     it returns true (a warm-up); a file event stops it at once
     */
    Watcher(Path source, Duration quiet, Consumer<Changes> onChanges, BooleanSupplier idleWork) throws IOException {
        this.source = source;
        this.quiet = quiet;
        this.onChanges = onChanges;
        this.idleWork = idleWork;
        this.service = source.getFileSystem().newWatchService();
        try {
            register(source);
            for (String name : WATCHED) {
                registerTree(source.resolve(name));
            }
        } catch (IOException e) {
            service.close();
            throw e;
        }
        pending.clear();
        created.clear();
        this.thread = new Thread(this::run, "folio-watch");
        this.thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Folders being watched; for tests. */
    int folderCount() {
        synchronized (folders) {
            return folders.size();
        }
    }

    private void run() {
        try {
            WatchKey key = idle();
            while (true) {
                if (key == null) {
                    key = service.take();
                }
                try {
                    burst(key);
                } catch (RuntimeException e) {
                    // never lose the watcher to one odd event: the next change rebuilds everything
                    pending.clear();
                    created.clear();
                    overflow = true;
                }
                key = null;
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            // closed: stop watching
        }
    }

    /** Collects events from {@code key} on until the files are quiet, then hands them over. */
    private void burst(WatchKey key) throws InterruptedException {
        handle(key);
        long first = System.nanoTime();
        long deadline = first + quiet.toNanos();
        while (true) {
            long now = System.nanoTime();
            long wait = Math.min(deadline, first + MAX_WAIT.toNanos()) - now;
            if (wait <= 0) {
                break;
            }
            key = service.poll(wait, TimeUnit.NANOSECONDS);
            if (key == null) {
                break;
            }
            handle(key);
            deadline = System.nanoTime() + quiet.toNanos();
        }
        created.stream().filter(p -> !Files.exists(source.resolve(p), LinkOption.NOFOLLOW_LINKS))
                .forEach(pending::remove);
        Changes changes = new Changes(new TreeSet<>(pending), overflow);
        pending.clear();
        created.clear();
        overflow = false;
        if (!changes.paths().isEmpty() || changes.overflow()) {
            onChanges.accept(changes);
        }
    }

    /**
     * Until the first change: runs {@code idleWork} while it returns true, stopping as soon as a
     * file event arrives, which it returns (null when the work ran out first).
     */
    private WatchKey idle() {
        while (true) {
            WatchKey key = service.poll();
            if (key != null || !idleWork.getAsBoolean()) {
                return key;
            }
        }
    }

    private void handle(WatchKey key) {
        Path dir;
        synchronized (folders) {
            dir = folders.get(key);
        }
        for (WatchEvent<?> event : key.pollEvents()) {
            if (event.kind() == OVERFLOW || dir == null) {
                overflow = true;
                continue;
            }
            Path child = dir.resolve((Path) event.context());
            if (dir.equals(source) && !WATCHED.contains(child.getFileName().toString())) {
                continue;
            }
            boolean first = !pending.contains(relative(child));
            String path = add(child);
            if (event.kind() == ENTRY_CREATE && first && path != null) {
                created.add(path);
            }
            boolean top = dir.equals(source);
            if (event.kind() == ENTRY_CREATE
                    && (top ? Files.isDirectory(child) : Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS))) {
                try {
                    registerTree(child);
                } catch (IOException e) {
                    overflow = true;
                }
            }
        }
        if (!key.reset()) {
            synchronized (folders) {
                folders.remove(key);
            }
        }
    }

    /** Records a changed path; returns it relative to the site, or null past {@link #MAX_PATHS}. */
    private String add(Path file) {
        if (pending.size() >= MAX_PATHS) {
            overflow = true;
            return null;
        }
        String path = relative(file);
        pending.add(path);
        return path;
    }

    private String relative(Path file) {
        return source.relativize(file).toString().replace('\\', '/');
    }

    /**
     * Watches {@code root} and every folder below it; files already inside count as changed.
     * {@code root} itself may be a link (content/ kept elsewhere); links below it are not followed.
     */
    private void registerTree(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                register(dir);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE;
            }
        });
    }

    private void register(Path dir) throws IOException {
        WatchKey key = dir.register(service, ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY);
        synchronized (folders) {
            folders.put(key, dir);
        }
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing left to release
        }
        if (thread.isAlive() && thread != Thread.currentThread()) {
            thread.interrupt();
            try {
                thread.join(TimeUnit.SECONDS.toMillis(5));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
