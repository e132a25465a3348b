package dev.folio.profile;

/**
 * What {@code content/site.yml} says. {@code baseUrl} always ends with '/'; {@code check} sets
 * severities of link-check kinds ({@code missing-alt: warn}) and its option {@code assume-extension}.
 */
public record SiteSettings(String title, String description, String baseUrl, String theme, String language,
        java.util.Map<String, String> check) {

    public SiteSettings {
        check = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(check));
    }

    /** Settings with the link check at its default severities. */
    public SiteSettings(String title, String description, String baseUrl, String theme, String language) {
        this(title, description, baseUrl, theme, language, java.util.Map.of());
    }

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
        return new SiteSettings(title, description, baseUrl, name, language, check);
    }
}
