package dev.folio.build;

import dev.folio.input.ContentLoader;
import dev.folio.input.Overrides;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Many sites in one run: every child folder of a folder that holds {@code content/profile.yml},
 * each built as by {@link Builder#build} into a folder of the same name, several at once. A
 * failing site does not stop the others.
 */
public final class Batch {

    /** The default output, beside the folder of sites: {@code target/sites}. */
    public static final String DEFAULT_OUT = "target/sites";

    /** One site's build: its name (the folder's), and either its result or its failure. */
    public record Outcome(String name, Path out, Optional<BuildResult> result, Optional<BuildFailure> failure,
            Optional<RuntimeException> crash) {

        public boolean ok() {
            return result.isPresent();
        }
    }

    private Batch() {}

    /** The child folders of {@code dir} that hold {@code content/profile.yml}, sorted by name. */
    public static List<Path> find(Path dir) throws IOException {
        try (Stream<Path> children = Files.list(dir)) {
            return children.filter(child -> Files.isRegularFile(child.resolve(ContentLoader.PROFILE)))
                    .sorted()
                    .toList();
        }
    }

    /** Where {@code --out} points when it is not given: {@code target/sites} beside {@code dir}. */
    public static Path defaultOut(Path dir) {
        Path parent = dir.toAbsolutePath().normalize().getParent();
        return (parent == null ? dir.toAbsolutePath() : parent).resolve(DEFAULT_OUT);
    }

    /**
     * Builds each of {@code sites} into {@code out}/name, {@code threads} at a time, and hands every
     * outcome to {@code done} in the order of {@code sites}, each as soon as it and those before it
     * are finished. A site's invalid input or failed build is its outcome; so is an unexpected
     * exception, which does not stop the other sites either.
     */
    public static List<Outcome> build(List<Path> sites, Path out, Overrides overrides, Optional<Instant> sourceDate,
            int threads, Consumer<Outcome> done) {
        return build(sites, out, overrides, sourceDate, threads, false, done);
    }

    /** As above; {@code force} lets each build replace a folder folio did not write. */
    public static List<Outcome> build(List<Path> sites, Path out, Overrides overrides, Optional<Instant> sourceDate,
            int threads, boolean force, Consumer<Outcome> done) {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(threads, sites.size())), r -> {
            Thread thread = new Thread(r, "folio-site");
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<Outcome>> running = new ArrayList<>();
            for (Path site : sites) {
                running.add(pool.submit(() -> one(site, out, overrides, sourceDate, force)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (Future<Outcome> future : running) {
                Outcome outcome = join(future);
                outcomes.add(outcome);
                done.accept(outcome);
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome one(Path site, Path out, Overrides overrides, Optional<Instant> sourceDate,
            boolean force) {
        String name = site.getFileName().toString();
        Path target = out.resolve(name);
        try {
            BuildResult result = Builder.build(new BuildOptions(site, target, overrides, sourceDate, site, force));
            return new Outcome(name, target, Optional.of(result), Optional.empty(), Optional.empty());
        } catch (BuildFailure failure) {
            return new Outcome(name, target, Optional.empty(), Optional.of(failure), Optional.empty());
        } catch (RuntimeException e) {
            return new Outcome(name, target, Optional.empty(), Optional.empty(), Optional.of(e));
        }
    }

    private static Outcome join(Future<Outcome> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while building sites", e);
        } catch (java.util.concurrent.ExecutionException e) {
            // one() catches every RuntimeException; what is left is an Error
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        }
    }
}
