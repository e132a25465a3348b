package dev.folio.publish;

import java.io.IOException;

/**
 * Where a site's files go as they are made: a site-relative path ('/' separated) and its bytes.
 * Implementations say whether {@link #add} may be called from several threads at once; the
 * caller hands the bytes over and does not change them afterwards.
 */
@FunctionalInterface
public interface FileSink {

    void add(String path, byte[] bytes) throws IOException;
}
