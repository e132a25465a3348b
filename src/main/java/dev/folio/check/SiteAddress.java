package dev.folio.check;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Where the site is served, from its baseUrl: either a full address ({@code https://alex.example.com/portfolio/})
 * or only a path ({@code /portfolio/}), when the host is not known.
 *
 * @param scheme "http" or "https", or "" when only the path is known
 * @param host lower-case host name, or ""
 * @param port the port when it is not the scheme's default, or ""
 * @param basePath starts and ends with '/'
 */
public record SiteAddress(String scheme, String host, String port, String basePath) {

    public SiteAddress {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(port, "port");
        Objects.requireNonNull(basePath, "basePath");
        if (!basePath.startsWith("/") || !basePath.endsWith("/")) {
            throw new IllegalArgumentException("basePath must start and end with '/': " + basePath);
        }
    }

    /** From a baseUrl ({@code https://host/path/}) or a base path ({@code /path/}); the path must end with '/'. */
    public static SiteAddress of(String baseUrl) {
        Objects.requireNonNull(baseUrl, "baseUrl");
        if (baseUrl.startsWith("/") && !baseUrl.startsWith("//")) {
            return new SiteAddress("", "", "", baseUrl);
        }
        int colon = baseUrl.indexOf("://");
        String scheme = colon < 0 ? "" : baseUrl.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("not an http(s) address or a path starting with '/': " + baseUrl);
        }
        String rest = baseUrl.substring(colon + 3);
        int end = firstOf(rest, "/?#");
        String path = end < 0 ? "/" : rest.substring(end);
        if (firstOf(path, "?#") >= 0) {
            throw new IllegalArgumentException("a baseUrl has no query or fragment: " + baseUrl);
        }
        String[] hostPort = hostAndPort(scheme, end < 0 ? rest : rest.substring(0, end));
        if (hostPort[0].isEmpty()) {
            throw new IllegalArgumentException("no host in " + baseUrl);
        }
        return new SiteAddress(scheme, hostPort[0], hostPort[1], path);
    }

    /**
     * The address a built site declares for itself: the canonical link of its home page
     * ({@code <link rel="canonical" href="https://alex.example.com/portfolio/">} in {@code dir/index.html}),
     * up to the last '/' of its path. Empty when there is no such page or link, or it is not an http(s) address.
     */
    public static Optional<SiteAddress> declaredIn(Path dir) {
        Path home = dir.resolve("index.html");
        if (!Files.isRegularFile(home)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(home)) {
            // the link is in the head: the first 64 KiB are enough, however long the page
            String start = new String(in.readNBytes(64 * 1024), StandardCharsets.UTF_8);
            int bodyStart = start.indexOf("<body");
            Element canonical = Jsoup.parse(bodyStart < 0 ? start : start.substring(0, bodyStart))
                    .selectFirst("link[rel=canonical][href]");
            if (canonical == null) {
                return Optional.empty();
            }
            String href = canonical.attr("href").strip();
            int end = firstOf(href, "?#");
            String url = end < 0 ? href : href.substring(0, end);
            int scheme = url.indexOf("://");
            int slash = scheme < 0 ? -1 : url.lastIndexOf('/');
            url = slash <= scheme + 2 ? url + "/" : url.substring(0, slash + 1);
            return Optional.of(of(url)).filter(SiteAddress::hasHost);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** True when the site is known to be served over https. */
    public boolean https() {
        return scheme.equals("https");
    }

    /** True when the host is known. */
    public boolean hasHost() {
        return !host.isEmpty();
    }

    /** {@code https://alex.example.com/portfolio/}, or the base path alone when the host is unknown. */
    public String baseUrl() {
        return hasHost() ? scheme + "://" + host + (port.isEmpty() ? "" : ":" + port) + basePath : basePath;
    }

    /**
     * True when {@code authority} (of a URL with {@code urlScheme}, "" for a scheme-relative URL) names this
     * site's host; http and https on their default ports count as the same host.
     */
    boolean isOwnHost(String urlScheme, String authority) {
        if (!hasHost()) {
            return false;
        }
        String[] hostPort = hostAndPort(urlScheme.isEmpty() ? scheme : urlScheme.toLowerCase(Locale.ROOT), authority);
        return hostPort[0].equals(host) && hostPort[1].equals(port);
    }

    /** {host, port}: user info dropped, host lower-cased, the scheme's default port as "". */
    private static String[] hostAndPort(String scheme, String authority) {
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        String host = hostPort;
        String port = "";
        int colon = hostPort.lastIndexOf(':');
        if (colon >= 0 && colon > hostPort.lastIndexOf(']')) {
            host = hostPort.substring(0, colon);
            port = hostPort.substring(colon + 1);
        }
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (scheme.equals("http") && port.equals("80") || scheme.equals("https") && port.equals("443")) {
            port = "";
        }
        return new String[] {host.toLowerCase(Locale.ROOT), port};
    }

    private static int firstOf(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
