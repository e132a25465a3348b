package dev.folio.check;

import java.util.ArrayList;
import java.util.List;

/** Splits a {@code srcset} value into its candidate URLs (the HTML "parse a srcset attribute" steps, simplified). */
final class Srcset {

    private Srcset() {
    }

    static List<String> candidates(String srcset) {
        List<String> urls = new ArrayList<>();
        int n = srcset.length();
        int i = 0;
        while (true) {
            while (i < n && (isSpace(srcset.charAt(i)) || srcset.charAt(i) == ',')) {
                i++;
            }
            if (i >= n) {
                return urls;
            }
            int start = i;
            while (i < n && !isSpace(srcset.charAt(i))) {
                i++;
            }
            String url = srcset.substring(start, i);
            if (url.endsWith(",")) {
                // "a.png,b.png": a trailing comma ends the candidate; there are no descriptors
                urls.add(url.replaceAll(",+$", ""));
                continue;
            }
            urls.add(url);
            i = skipDescriptors(srcset, i);
        }
    }

    /** Skips "1x" / "480w" style descriptors up to and including the comma that ends the candidate. */
    private static int skipDescriptors(String srcset, int from) {
        int depth = 0;
        for (int i = from; i < srcset.length(); i++) {
            char c = srcset.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                return i + 1;
            }
        }
        return srcset.length();
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
    }
}
