package dev.folio.serve;

import dev.folio.build.BuildFailure;
import dev.folio.problem.Problem;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A listener that writes down each build as one line. */
final class Recorder implements ServeListener {

    final List<String> lines = new CopyOnWriteArrayList<>();

    /** The lines once there are at least {@code count}; the listener may run just after the browser heard. */
    List<String> await(int count) throws InterruptedException {
        long end = System.nanoTime() + 5_000_000_000L;
        while (lines.size() < count && System.nanoTime() < end) {
            Thread.sleep(5);
        }
        return lines;
    }

    @Override
    public void built(List<String> changed, long millis, long pages) {
        lines.add("built " + changed + " " + pages + " pages");
    }

    @Override
    public void failed(List<String> changed, long millis, BuildFailure failure) {
        lines.add("failed " + changed + " " + failure.problems().stream().map(Problem::format).toList());
    }

    @Override
    public void crashed(List<String> changed, RuntimeException e) {
        lines.add("crashed " + changed + " " + e);
    }
}
