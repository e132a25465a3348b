package dev.folio.serve;

import java.nio.charset.StandardCharsets;

/**
 * The live-reload script tag, added to HTML as it is served (never to the built files): before the
 * last {@code </body>}, or at the end when there is none.
 */
final class ReloadTag {

    static final String SCRIPT_PATH = "/__folio/reload.js";
    static final String TAG = "<script src=\"" + SCRIPT_PATH + "\" defer></script>";

    private static final byte[] TAG_BYTES = TAG.getBytes(StandardCharsets.UTF_8);
    private static final byte[] BODY_END = "</body".getBytes(StandardCharsets.US_ASCII);

    private ReloadTag() {}

    /** A copy of {@code html} (UTF-8) with the tag in it. */
    static byte[] inject(byte[] html) {
        int at = lastBodyEnd(html);
        if (at < 0) {
            at = html.length;
        }
        byte[] out = new byte[html.length + TAG_BYTES.length];
        System.arraycopy(html, 0, out, 0, at);
        System.arraycopy(TAG_BYTES, 0, out, at, TAG_BYTES.length);
        System.arraycopy(html, at, out, at + TAG_BYTES.length, html.length - at);
        return out;
    }

    /** Index of the last "</body" (ASCII, any case); safe on UTF-8 since ASCII bytes are never part of a longer character. */
    private static int lastBodyEnd(byte[] html) {
        outer:
        for (int i = html.length - BODY_END.length; i >= 0; i--) {
            for (int j = 0; j < BODY_END.length; j++) {
                byte b = html[i + j];
                if (b >= 'A' && b <= 'Z') {
                    b = (byte) (b + ('a' - 'A'));
                }
                if (b != BODY_END[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
