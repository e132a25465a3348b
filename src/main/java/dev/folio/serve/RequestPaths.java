package dev.folio.serve;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps the raw path of a request to the key of a site file ("stories/cache.html"). Anything that
 * is not a plain path inside the site maps to nothing: "." and ".." segments (also encoded),
 * encoded slashes or backslashes, NUL, empty segments, malformed escapes or UTF-8.
 */
final class RequestPaths {

    private RequestPaths() {}

    /**
     * The decoded segments of {@code rawPath}, joined with '/'; "" for "/". A trailing '/' is kept
     * so that the caller can look for the folder's index.html.
     */
    static Optional<String> key(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        String rest = rawPath.substring(1);
        if (rest.isEmpty()) {
            return Optional.of("");
        }
        boolean folder = rest.endsWith("/");
        if (folder) {
            rest = rest.substring(0, rest.length() - 1);
        }
        List<String> segments = new ArrayList<>();
        for (String raw : rest.split("/", -1)) {
            Optional<String> segment = decode(raw);
            if (segment.isEmpty()) {
                return Optional.empty();
            }
            String s = segment.get();
            if (s.isEmpty() || s.equals(".") || s.equals("..") || s.indexOf('/') >= 0 || s.indexOf('\\') >= 0
                    || s.indexOf('\0') >= 0) {
                return Optional.empty();
            }
            segments.add(s);
        }
        return Optional.of(String.join("/", segments) + (folder ? "/" : ""));
    }

    /** Percent-decoding of one path segment; '+' stays '+'. */
    private static Optional<String> decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return Optional.of(raw);
        }
        ByteBuffer bytes = ByteBuffer.allocate(raw.getBytes(StandardCharsets.UTF_8).length);
        int i = 0;
        while (i < raw.length()) {
            int percent = raw.indexOf('%', i);
            int end = percent < 0 ? raw.length() : percent;
            bytes.put(raw.substring(i, end).getBytes(StandardCharsets.UTF_8));
            if (percent < 0) {
                break;
            }
            if (percent + 2 >= raw.length()) {
                return Optional.empty();
            }
            int hi = Character.digit(raw.charAt(percent + 1), 16);
            int lo = Character.digit(raw.charAt(percent + 2), 16);
            if (hi < 0 || lo < 0) {
                return Optional.empty();
            }
            bytes.put((byte) (hi * 16 + lo));
            i = percent + 3;
        }
        bytes.flip();
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
