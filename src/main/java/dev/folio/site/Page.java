package dev.folio.site;

import dev.folio.profile.Story;
import java.util.Optional;

/**
 * One output page. {@code path} is site-relative with '/' ("stories/x.html"); {@code root} is how
 * the page reaches the site root: relative ("", "../") so the site works from any folder, except
 * for the 404 page, which hosts serve at any address and so gets the base path ("/").
 */
public record Page(PageKind kind, String path, String root, String title, Optional<Story> story) {

    /** A link from this page to the site-relative {@code target}. */
    public String href(String target) {
        return root + target;
    }
}
