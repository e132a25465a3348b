package dev.folio.site;

/** The kinds of page a portfolio has; each has its own template. */
public enum PageKind {
    HOME("home.jte"),
    STORY("story.jte"),
    NOT_FOUND("404.jte");

    private final String template;

    PageKind(String template) {
        this.template = template;
    }

    public String template() {
        return template;
    }
}
