package dev.folio.serve;

import dev.folio.build.BuildFailure;
import java.util.List;

/**
 * Told about every build of a {@link DevServer}, on the watcher's thread. {@code changed} lists
 * the files that caused it (relative to the site folder), empty for the first build.
 */
public interface ServeListener {

    void built(List<String> changed, long millis, long pages);

    /** The build failed; the last good site is still served and the page shows the problems. */
    void failed(List<String> changed, long millis, BuildFailure failure);

    /** A bug in folio stopped the build; the last good site is still served. */
    void crashed(List<String> changed, RuntimeException e);
}
