package dev.folio.check;

import java.util.Locale;

/**
 * A URL as written, split without decoding: {@code scheme:} {@code //authority} path {@code ?query} {@code #fragment}.
 * Absent parts are null (an empty query or fragment is "").
 */
record UrlParts(String scheme, String authority, String path, String query, String fragment) {

    static UrlParts parse(String url) {
        String fragment = null;
        int hash = url.indexOf('#');
        if (hash >= 0) {
            fragment = url.substring(hash + 1);
            url = url.substring(0, hash);
        }
        String query = null;
        int question = url.indexOf('?');
        if (question >= 0) {
            query = url.substring(question + 1);
            url = url.substring(0, question);
        }
        String scheme = null;
        int colon = schemeEnd(url);
        if (colon > 0) {
            scheme = url.substring(0, colon).toLowerCase(Locale.ROOT);
            url = url.substring(colon + 1);
        }
        String authority = null;
        if (url.startsWith("//")) {
            int slash = url.indexOf('/', 2);
            authority = slash < 0 ? url.substring(2) : url.substring(2, slash);
            url = slash < 0 ? "" : url.substring(slash);
        }
        return new UrlParts(scheme, authority, url, query, fragment);
    }

    /**
     * {@code url} as browsers read an http(s) address, or a relative one on an http(s) page: '\\' is '/' before
     * the query, and a run of slashes at the start (or after the scheme) is the {@code //} before a host.
     * Other schemes, and tabs and newlines (which browsers drop too), are left alone.
     */
    static String asBrowsersRead(String url) {
        int colon = schemeEnd(url);
        int start = colon > 0 ? colon + 1 : 0;
        if (colon > 0 && !url.regionMatches(true, 0, "http:", 0, 5) && !url.regionMatches(true, 0, "https:", 0, 6)) {
            return url;
        }
        if (url.indexOf('\\') < 0 && leadingSlashes(url, start) <= 2) {
            return url;
        }
        int end = url.length();
        for (int i = start; i < url.length(); i++) {
            if (url.charAt(i) == '?' || url.charAt(i) == '#') {
                end = i;
                break;
            }
        }
        String head = url.substring(0, end).replace('\\', '/');
        int slashes = leadingSlashes(head, start);
        if (slashes > 2) {
            head = head.substring(0, start) + "//" + head.substring(start + slashes);
        }
        return head + url.substring(end);
    }

    /** How many '/' there are in {@code s} from {@code from} on, before any other character. */
    static int leadingSlashes(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) == '/') {
            i++;
        }
        return i - from;
    }

    /** The index of the colon ending a scheme ({@code [A-Za-z][A-Za-z0-9+.-]*:}), or -1. */
    private static int schemeEnd(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c == ':') {
                return i;
            }
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (!letter && (i == 0 || !(c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.'))) {
                return -1;
            }
        }
        return -1;
    }
}
