package dev.folio.site;

import dev.folio.input.SiteInput;
import java.util.List;

/** The assembled site: every page with its URL, and the navigation. */
public record Site(SiteInput input, List<Page> pages, List<NavItem> nav) {

    public Site {
        pages = List.copyOf(pages);
        nav = List.copyOf(nav);
    }

    /** Where files named in the profile (the photo) are published. */
    public static final String MEDIA = "media/";

    /** The site-relative path of a story's page. */
    public static String storyPath(String id) {
        return "stories/" + id + ".html";
    }
}
