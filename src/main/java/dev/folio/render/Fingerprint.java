package dev.folio.render;

import dev.folio.publish.SiteFiles;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every file under {@code assets/} a name with a hash of its content
 * ({@code assets/style.1a2b3c4d5e.css}) and rewrites the references in pages and stylesheets, so
 * hosts can cache assets forever and a change is seen at once.
 */
public final class Fingerprint {

    static final String ASSETS = "assets/";
    private static final Pattern HTML_REF = Pattern.compile("((?:href|src|content|srcset)=\")([^\"]*)(\")");
    private static final Pattern CSS_REF = Pattern.compile("(url\\(\\s*['\"]?)([^'\")]*)(['\"]?\\s*\\))");

    private Fingerprint() {}

    /**
     * @param baseUrl the site's baseUrl ("https://alex.example.com/portfolio/" or "/portfolio/"), so
     *     root-relative and absolute references to assets are recognised too
     */
    public static SiteFiles apply(SiteFiles in, String baseUrl) {
        Map<String, byte[]> files = new TreeMap<>(in.files());
        Map<String, String> renamed = new LinkedHashMap<>();
        // assets other than stylesheets first, so that stylesheets are hashed with their rewritten references
        for (boolean css : new boolean[] {false, true}) {
            for (String path : files.keySet().toArray(String[]::new)) {
                if (!path.startsWith(ASSETS) || path.endsWith(".css") != css) {
                    continue;
                }
                byte[] bytes = files.get(path);
                if (css) {
                    bytes = rewrite(new String(bytes, StandardCharsets.UTF_8), CSS_REF, renamed, path, baseUrl)
                            .getBytes(StandardCharsets.UTF_8);
                }
                String hashed = hashedName(path, bytes);
                files.remove(path);
                files.put(hashed, bytes);
                renamed.put(path, hashed);
            }
        }
        SiteFiles out = new SiteFiles();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            byte[] bytes = e.getValue();
            if (e.getKey().endsWith(".html")) {
                bytes = rewrite(new String(bytes, StandardCharsets.UTF_8), HTML_REF, renamed, e.getKey(), baseUrl)
                        .getBytes(StandardCharsets.UTF_8);
            }
            out.add(e.getKey(), bytes);
        }
        return out;
    }

    /** Replaces references that resolve to a renamed asset, keeping their form (relative, rooted, absolute). */
    private static String rewrite(String text, Pattern pattern, Map<String, String> renamed, String from,
            String baseUrl) {
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String url = m.group(2);
            String replaced = url;
            String target = resolve(url, from, baseUrl);
            String hashed = target == null ? null : renamed.get(target);
            if (hashed != null) {
                String file = target.substring(target.lastIndexOf('/') + 1);
                String newFile = hashed.substring(hashed.lastIndexOf('/') + 1);
                int end = url.length();
                for (char c : new char[] {'?', '#'}) {
                    int at = url.indexOf(c);
                    if (at >= 0 && at < end) {
                        end = at;
                    }
                }
                String path = url.substring(0, end);
                if (path.endsWith(file)) {
                    replaced = path.substring(0, path.length() - file.length()) + newFile + url.substring(end);
                }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + replaced + m.group(3)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The site path {@code url} (written in site file {@code from}) points at, or null when it leaves the site. */
    static String resolve(String url, String from, String baseUrl) {
        String path = url.split("[?#]", 2)[0];
        if (path.isEmpty() || path.startsWith("//") || path.startsWith("data:")) {
            return null;
        }
        String basePath = baseUrl.replaceFirst("^https?://[^/]+", "");
        if (path.matches("(?i)^[a-z][a-z0-9+.-]*:.*")) {
            if (!baseUrl.contains("://") || !path.startsWith(baseUrl)) {
                return null;
            }
            return normalize(path.substring(baseUrl.length()));
        }
        if (path.startsWith("/")) {
            return path.startsWith(basePath) ? normalize(path.substring(basePath.length())) : null;
        }
        String dir = from.contains("/") ? from.substring(0, from.lastIndexOf('/') + 1) : "";
        return normalize(dir + path);
    }

    private static String normalize(String path) {
        java.util.Deque<String> parts = new java.util.ArrayDeque<>();
        for (String part : path.split("/")) {
            if (part.isEmpty() || part.equals(".")) {
                continue;
            }
            if (part.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(part);
            }
        }
        return String.join("/", parts);
    }

    private static String hashedName(String path, byte[] bytes) {
        try {
            String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 10);
            int slash = path.lastIndexOf('/');
            int dot = path.lastIndexOf('.');
            return dot > slash ? path.substring(0, dot) + "." + hash + path.substring(dot) : path + "." + hash;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
        }
    }
}
