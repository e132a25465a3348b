package dev.folio.check;

/**
 * A URL found in a page or stylesheet, before it is resolved.
 *
 * @param absoluteAllowed true for values (og:image, twitter:image) that are only checked when relative;
 *                        any scheme there is skipped instead of judged
 */
record LinkRef(int line, int column, String attribute, String url, boolean absoluteAllowed) {

    LinkRef(int line, int column, String attribute, String url) {
        this(line, column, attribute, url, false);
    }
}
