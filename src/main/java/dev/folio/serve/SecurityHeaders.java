package dev.folio.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.Headers;

/**
 * Set on every answer of the preview, before its handler runs: no page of another site may frame
 * the preview's pages (so none can overlay them to steer clicks), and no browser guesses a
 * content type other than the one sent.
 */
final class SecurityHeaders {

    static final Filter FILTER = Filter.beforeHandler("frame-ancestors, X-Frame-Options and nosniff on every answer",
            exchange -> set(exchange.getResponseHeaders()));

    private SecurityHeaders() {}

    private static void set(Headers headers) {
        headers.set("Content-Security-Policy", "frame-ancestors 'self'");
        headers.set("X-Frame-Options", "SAMEORIGIN");
        headers.set("X-Content-Type-Options", "nosniff");
    }
}
