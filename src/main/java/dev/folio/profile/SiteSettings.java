package dev.folio.profile;

/**
 * What {@code content/site.yml} says. {@code baseUrl} always ends with '/'.
 */
public record SiteSettings(String title, String description, String baseUrl, String theme, String language) {

    public static final String DEFAULT_THEME = "default";

    /** The path part of baseUrl: "/" or "/portfolio/". */
    public String basePath() {
        int scheme = baseUrl.indexOf("://");
        if (scheme < 0) {
            return "/";
        }
        int slash = baseUrl.indexOf('/', scheme + 3);
        return slash < 0 ? "/" : baseUrl.substring(slash);
    }

    public SiteSettings withTheme(String name) {
        return new SiteSettings(title, description, baseUrl, name, language);
    }
}
