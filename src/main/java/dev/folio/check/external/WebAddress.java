package dev.folio.check.external;

import java.net.IDN;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** Turns a URL as written in HTML into the {@link URI} that a browser would request. */
final class WebAddress {

    private static final String HEX = "0123456789ABCDEF";

    private WebAddress() {
    }

    /**
     * The URL without its fragment, with spaces and non-ASCII characters percent-encoded and an
     * internationalised host in its ASCII form.
     *
     * @throws IllegalArgumentException when it is not an http(s) URL with a host
     */
    static URI of(String url) {
        String u = url.strip();
        int hash = u.indexOf('#');
        if (hash >= 0) {
            u = u.substring(0, hash);
        }
        int colon = u.indexOf("://");
        if (colon < 0) {
            throw new IllegalArgumentException("no scheme");
        }
        String scheme = u.substring(0, colon).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("not http(s)");
        }
        String rest = u.substring(colon + 3);
        int end = rest.length();
        for (int i = 0; i < rest.length(); i++) {
            char c = rest.charAt(i);
            if (c == '/' || c == '?' || c == '\\') {
                end = i;
                break;
            }
        }
        String authority = rest.substring(0, end);
        String host = authority.substring(authority.lastIndexOf('@') + 1);
        String ascii = authority.substring(0, authority.length() - host.length()) + asciiHost(host);
        String tail = rest.substring(end).replace('\\', '/');
        if (!tail.startsWith("/")) {
            tail = "/" + tail;
        }
        URI uri = URI.create(scheme + "://" + encode(ascii) + encode(tail));
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new IllegalArgumentException("no host");
        }
        return uri;
    }

    /** Percent-encodes what may not stand in a URI; existing %XX escapes are kept. */
    static String encode(String s) {
        StringBuilder out = new StringBuilder(s.length());
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            boolean escape = b == '%' && i + 2 < bytes.length && isHex(bytes[i + 1]) && isHex(bytes[i + 2]);
            if (escape || b > 0x20 && b < 0x7F && "\"<>\\^`{|}%".indexOf(b) < 0) {
                out.append((char) b);
            } else {
                out.append('%').append(HEX.charAt(b >> 4)).append(HEX.charAt(b & 0xF));
            }
        }
        return out.toString();
    }

    private static String asciiHost(String hostPort) {
        int colon = hostPort.lastIndexOf(':');
        boolean port = colon >= 0 && colon > hostPort.lastIndexOf(']');
        String host = port ? hostPort.substring(0, colon) : hostPort;
        if (host.chars().allMatch(c -> c < 0x80)) {
            return hostPort.toLowerCase(Locale.ROOT);
        }
        return IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT) + (port ? hostPort.substring(colon) : "");
    }

    private static boolean isHex(byte b) {
        return Character.digit(b, 16) >= 0;
    }
}
