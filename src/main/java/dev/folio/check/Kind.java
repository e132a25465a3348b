package dev.folio.check;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Every kind of problem the check reports, with its id (as written in {@code --severity}) and default severity. */
public enum Kind {
    BROKEN_LINK("broken-link", Severity.ERROR, "a link or asset that leads to no file of the site"),
    BROKEN_FRAGMENT("broken-fragment", Severity.ERROR, "a #fragment that names no id or <a name> of its page"),
    CASE_MISMATCH("case-mismatch", Severity.ERROR, "a link whose letter case differs from the file's"),
    LEAVES_SITE("leaves-site", Severity.ERROR,
            "a link written as a path that browsers take to another host (\\ read as /, tabs dropped, ///host)"),
    JAVASCRIPT_URL("javascript-url", Severity.ERROR, "a javascript: URL"),
    UNKNOWN_SCHEME("unknown-scheme", Severity.WARN, "a scheme other than http, https, mailto, tel or data"),
    INVALID_MAILTO("invalid-mailto", Severity.ERROR, "a mailto: link without a well-formed address"),
    INVALID_TEL("invalid-tel", Severity.ERROR, "a tel: link without a well-formed number"),
    DUPLICATE_ID("duplicate-id", Severity.ERROR, "an id used by two elements of one page"),
    MISSING_ALT("missing-alt", Severity.ERROR, "an <img> without an alt attribute"),
    MISSING_SRC("missing-src", Severity.ERROR,
            "an <img> with no image to show: an empty or no src (nor srcset), or only data-src for a script"),
    MISSING_TITLE("missing-title", Severity.ERROR, "a page without a <title>"),
    MISSING_LANG("missing-lang", Severity.WARN, "a page without lang on <html>"),
    MISSING_DESCRIPTION("missing-description", Severity.WARN, "a page without <meta name=\"description\">"),
    INSECURE_RESOURCE("insecure-resource", Severity.ERROR, "an http: image, script, stylesheet or frame on an https site"),
    RELATIVE_LINK_IN_404("relative-link-in-404", Severity.WARN, "a relative link in 404.html, which is served at any address"),
    EXTERNAL_BROKEN("external-broken", Severity.ERROR, "an external link answered 4xx, a bad redirect or no such host"),
    EXTERNAL_UNREACHABLE("external-unreachable", Severity.ERROR, "an external link that timed out, was refused or answered 5xx"),
    EXTERNAL_BLOCKED("external-blocked", Severity.WARN, "an external site that refuses checkers (e.g. status 999): unverified");

    private final String id;
    private final Severity defaultSeverity;
    private final String description;

    Kind(String id, Severity defaultSeverity, String description) {
        this.id = id;
        this.defaultSeverity = defaultSeverity;
        this.description = description;
    }

    public String id() {
        return id;
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    public String description() {
        return description;
    }

    public static Optional<Kind> byId(String id) {
        return Arrays.stream(values()).filter(k -> k.id.equals(id)).findFirst();
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(Kind::id).toList();
    }
}
