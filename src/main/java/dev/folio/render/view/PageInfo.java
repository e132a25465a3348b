package dev.folio.render.view;

import java.util.List;

/**
 * What every page's layout needs. {@code root} prefixes site-relative links ("", "../" or the base
 * path); {@code canonical} is the page's full address, empty when the site has no absolute baseUrl;
 * {@code jsonLd} is the page's structured data, safe to place inside a script element.
 */
public record PageInfo(
        String title,
        String description,
        String language,
        String canonical,
        String root,
        String siteTitle,
        String personName,
        List<LinkView> nav,
        dev.folio.render.JsonLd jsonLd,
        SocialMeta social,
        dev.folio.theme.ThemeSettings theme,
        boolean customCss) {

    public PageInfo {
        nav = List.copyOf(nav);
    }

    public String href(String target) {
        return root + target;
    }

    /** A theme parameter's value (colours, choices), empty when the theme has no such parameter. */
    public String param(String name) {
        return theme.value(name, "");
    }
}
