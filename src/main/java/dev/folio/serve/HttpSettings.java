package dev.folio.serve;

/**
 * The settings of the JDK's HTTP server that the preview depends on. The JDK reads them from
 * system properties once, when the first server of the JVM is created, so they are set before
 * that; a value given on the command line ({@code -Dname=value}) is kept.
 */
final class HttpSettings {

    /**
     * TCP_NODELAY on every connection. The server writes a response's headers and its body
     * separately; with Nagle's algorithm the body waits for the client to acknowledge the
     * headers, which it delays by 40 ms, so each request on a kept-alive connection took 40 ms.
     */
    static final String NO_DELAY = "sun.net.httpserver.nodelay";

    /**
     * Seconds a request may take to arrive once its first byte has. The request threads are few
     * and one waits for the rest of each request, so a connection that sent half of one would hold
     * it for good. A connection that sends nothing is closed after as long (checked every 10 s).
     */
    static final String MAX_REQUEST_SECONDS = "sun.net.httpserver.maxReqTime";

    static final String REQUEST_SECONDS = "5";

    private HttpSettings() {}

    /** Sets each setting that is not set yet; effective if no HTTP server has been created in this JVM. */
    static void apply() {
        setIfAbsent(NO_DELAY, "true");
        setIfAbsent(MAX_REQUEST_SECONDS, REQUEST_SECONDS);
    }

    private static void setIfAbsent(String name, String value) {
        if (System.getProperty(name) == null) {
            System.setProperty(name, value);
        }
    }
}
