package dev.folio.check;

/**
 * A URL found in a page, stylesheet or sitemap, before it is resolved.
 *
 * @param use what the browser (or a crawler) does with it, which decides the rules that apply
 */
record LinkRef(int line, int column, String attribute, String url, Use use) {

    enum Use {
        /** Followed by a person: a, area, link rel=canonical/alternate, meta refresh. */
        LINK,
        /** Loaded with the page: img, script, stylesheet, icon, iframe, media, CSS url(). */
        RESOURCE,
        /** og:image, twitter:image: read by other sites. */
        SOCIAL_IMAGE,
        /** A sitemap's loc: must be a full address of the site itself. */
        SITEMAP
    }

    LinkRef(int line, int column, String attribute, String url) {
        this(line, column, attribute, url, Use.LINK);
    }
}
