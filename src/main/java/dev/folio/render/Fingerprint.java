package dev.folio.render;

import dev.folio.publish.SiteFiles;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives every file under {@code assets/} a name with a hash of its content
 * ({@code assets/style.1a2b3c4d5e.css}) and rewrites the references in pages and stylesheets, so
 * hosts can cache assets forever and a change is seen at once.
 *
 * <p>{@link #apply} does it to a whole site in memory. A build that writes pages as they are
 * rendered uses {@link #of} on the assets first, then {@link #page} on each page; both give the
 * same bytes. An instance is immutable and may rewrite pages from several threads at once.
 */
public final class Fingerprint {

    static final String ASSETS = "assets/";
    private static final Pattern CSS_REF = Pattern.compile("(url\\(\\s*['\"]?)([^'\")]*)(['\"]?\\s*\\))");
    private static final Pattern QUERY_OR_FRAGMENT = Pattern.compile("[?#]");
    private static final Pattern SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*:.*");
    private static final Pattern ORIGIN = Pattern.compile("^https?://[^/]+");
    /** The attributes whose quoted values may name an asset, as in {@code href="..."}. */
    private static final String[] ATTRIBUTES = {"href", "src", "content", "srcset"};

    private final String baseUrl;
    private final String basePath;
    private final SiteFiles assets;
    private final Map<String, String> renamed;
    /** The file names (last path segment) of the renamed assets: a URL not ending in one is left alone. */
    private final Set<String> names;

    private Fingerprint(String baseUrl, SiteFiles assets, Map<String, String> renamed) {
        this.baseUrl = baseUrl;
        this.basePath = ORIGIN.matcher(baseUrl).replaceFirst("");
        this.assets = assets;
        this.renamed = Map.copyOf(renamed);
        Set<String> fileNames = new TreeSet<>();
        renamed.keySet().forEach(p -> fileNames.add(p.substring(p.lastIndexOf('/') + 1)));
        this.names = Set.copyOf(fileNames);
    }

    /**
     * @param baseUrl the site's baseUrl ("https://alex.example.com/portfolio/" or "/portfolio/"), so
     *     root-relative and absolute references to assets are recognised too
     */
    public static SiteFiles apply(SiteFiles in, String baseUrl) {
        Map<String, byte[]> files = new TreeMap<>(in.files());
        Map<String, String> renamed = hash(files, baseUrl);
        Fingerprint fingerprint = new Fingerprint(baseUrl, new SiteFiles(), renamed);
        SiteFiles out = new SiteFiles();
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            out.add(e.getKey(), fingerprint.page(e.getKey(), e.getValue()));
        }
        return out;
    }

    /**
     * Renames the given assets (every file under {@code assets/} of the site) and remembers the new
     * names, so that pages rendered afterwards can be rewritten one by one with {@link #page}.
     */
    public static Fingerprint of(SiteFiles assets, String baseUrl) {
        Map<String, byte[]> files = new TreeMap<>(assets.files());
        for (String path : files.keySet()) {
            if (!path.startsWith(ASSETS)) {
                throw new IllegalArgumentException("not an asset: " + path);
            }
        }
        Map<String, String> renamed = hash(files, baseUrl);
        Fingerprint fingerprint = new Fingerprint(baseUrl, new SiteFiles(), renamed);
        for (Map.Entry<String, byte[]> e : files.entrySet()) {
            fingerprint.assets.add(e.getKey(), fingerprint.page(e.getKey(), e.getValue()));
        }
        return fingerprint;
    }

    /** The assets under their hashed names, with the references in stylesheets rewritten. */
    public SiteFiles assets() {
        return assets;
    }

    /**
     * A file of the site with its references to renamed assets rewritten: HTML pages are; other
     * files come back as they are (the same array). Scans the UTF-8 bytes for {@code ="} rather than
     * running a regular expression over the decoded page (pages are large, assets few); the
     * characters it looks for are ASCII, which never occur inside the encoding of another character.
     */
    public byte[] page(String path, byte[] bytes) {
        if (!path.endsWith(".html")) {
            return bytes;
        }
        java.io.ByteArrayOutputStream out = null;
        int copied = 0;
        int at = 0;
        while (true) {
            int equals = indexOf(bytes, EQUALS_QUOTE, at);
            if (equals < 0) {
                break;
            }
            int valueStart = equals + 2;
            if (!attributeEndsAt(bytes, equals, at)) {
                at = equals + 1;
                continue;
            }
            int valueEnd = indexOf(bytes, QUOTE, valueStart);
            if (valueEnd < 0) {
                break;
            }
            String url = new String(bytes, valueStart, valueEnd - valueStart, StandardCharsets.UTF_8);
            String replaced = replacement(url, path);
            if (replaced != null) {
                if (out == null) {
                    out = new java.io.ByteArrayOutputStream(bytes.length + 64);
                }
                out.write(bytes, copied, valueStart - copied);
                out.writeBytes(replaced.getBytes(StandardCharsets.UTF_8));
                copied = valueEnd;
            }
            at = valueEnd + 1;
        }
        if (out == null) {
            return bytes;
        }
        out.write(bytes, copied, bytes.length - copied);
        return out.toByteArray();
    }

    private static final byte[] EQUALS_QUOTE = {'=', '"'};
    private static final byte[] QUOTE = {'"'};
    private static final byte[][] ATTRIBUTE_BYTES = java.util.Arrays.stream(ATTRIBUTES)
            .map(a -> a.getBytes(StandardCharsets.US_ASCII)).toArray(byte[][]::new);

    private static int indexOf(byte[] bytes, byte[] wanted, int from) {
        byte first = wanted[0];
        for (int i = Math.max(from, 0), last = bytes.length - wanted.length; i <= last; i++) {
            if (bytes[i] == first && startsWith(bytes, wanted, i)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix, int at) {
        if (at < 0 || at + prefix.length > bytes.length) {
            return false;
        }
        for (int k = 0; k < prefix.length; k++) {
            if (bytes[at + k] != prefix[k]) {
                return false;
            }
        }
        return true;
    }

    /** True when one of {@link #ATTRIBUTES} ends just before {@code equals} and starts at or after {@code from}. */
    private static boolean attributeEndsAt(byte[] bytes, int equals, int from) {
        for (byte[] name : ATTRIBUTE_BYTES) {
            int start = equals - name.length;
            if (start >= from && startsWith(bytes, name, start)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Hashes the assets in {@code files} (replacing them there by their new names): assets other
     * than stylesheets first, so that stylesheets are hashed with their rewritten references.
     */
    private static Map<String, String> hash(Map<String, byte[]> files, String baseUrl) {
        Map<String, String> renamed = new LinkedHashMap<>();
        for (boolean css : new boolean[] {false, true}) {
            for (String path : files.keySet().toArray(String[]::new)) {
                if (!path.startsWith(ASSETS) || path.endsWith(".css") != css) {
                    continue;
                }
                byte[] bytes = files.get(path);
                if (css) {
                    bytes = rewriteCss(new String(bytes, StandardCharsets.UTF_8), renamed, path, baseUrl)
                            .getBytes(StandardCharsets.UTF_8);
                }
                String hashed = hashedName(path, bytes);
                files.remove(path);
                files.put(hashed, bytes);
                renamed.put(path, hashed);
            }
        }
        return renamed;
    }

    /** The URL pointing at the renamed asset, in the same form; null when it names no renamed asset. */
    private String replacement(String url, String from) {
        int end = url.length();
        for (char c : new char[] {'?', '#'}) {
            int at = url.indexOf(c);
            if (at >= 0 && at < end) {
                end = at;
            }
        }
        String path = url.substring(0, end);
        if (!names.contains(path.substring(path.lastIndexOf('/') + 1))) {
            return null;
        }
        String target = resolve(url, from, baseUrl, basePath);
        String hashed = target == null ? null : renamed.get(target);
        if (hashed == null) {
            return null;
        }
        String file = target.substring(target.lastIndexOf('/') + 1);
        String newFile = hashed.substring(hashed.lastIndexOf('/') + 1);
        if (!path.endsWith(file)) {
            return null;
        }
        return path.substring(0, path.length() - file.length()) + newFile + url.substring(end);
    }

    /** Replaces references that resolve to a renamed asset, keeping their form (relative, rooted, absolute). */
    private static String rewriteCss(String text, Map<String, String> renamed, String from, String baseUrl) {
        Fingerprint fingerprint = new Fingerprint(baseUrl, new SiteFiles(), renamed);
        Matcher m = CSS_REF.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String url = m.group(2);
            String replaced = fingerprint.replacement(url, from);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + (replaced == null ? url : replaced)
                    + m.group(3)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The site path {@code url} (written in site file {@code from}) points at, or null when it leaves the site. */
    static String resolve(String url, String from, String baseUrl) {
        return resolve(url, from, baseUrl, ORIGIN.matcher(baseUrl).replaceFirst(""));
    }

    private static String resolve(String url, String from, String baseUrl, String basePath) {
        String path = QUERY_OR_FRAGMENT.split(url, 2)[0];
        if (path.isEmpty() || path.startsWith("//") || path.startsWith("data:")) {
            return null;
        }
        if (SCHEME.matcher(path).matches()) {
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
