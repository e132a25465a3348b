package dev.folio.check;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found by the check, located.
 *
 * @param page site-relative path with '/' separators of the file holding it, e.g. "stories/latency.html"
 * @param line 1-based line of the element (or of the {@code url(} token in CSS)
 * @param column 1-based column of the same position
 * @param kind what sort of problem; its severity comes from the {@link CheckConfig}
 * @param severity {@link Severity#ERROR} or {@link Severity#WARN} (ignored kinds are never reported)
 * @param attribute where the URL came from ("href", "src", "srcset", "content", "style", "url", "@import",
 *                  "loc", ...), or "" for a problem of the page itself (e.g. a missing title)
 * @param target the URL (or id) as written, or ""
 * @param message what is wrong, in words
 */
public record CheckProblem(String page, int line, int column, Kind kind, Severity severity, String attribute,
        String target, String message) implements Comparable<CheckProblem> {

    private static final Comparator<CheckProblem> ORDER = Comparator.comparing(CheckProblem::page)
            .thenComparingInt(CheckProblem::line)
            .thenComparingInt(CheckProblem::column)
            .thenComparing(CheckProblem::attribute)
            .thenComparing(CheckProblem::target)
            .thenComparing(CheckProblem::kind)
            .thenComparing(CheckProblem::message);

    public CheckProblem {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(message, "message");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** What is wrong without the place: {@code href "x.html#nope": no element with id "nope" in x.html [broken-fragment]}. */
    public String description() {
        String subject = attribute.isEmpty() ? "" : attribute + " \"" + target + "\": ";
        return subject + message + " [" + kind.id() + "]";
    }

    /** e.g. {@code index.html:12:5: href "stories/x.html#nope": no element with id "nope" in stories/x.html [broken-fragment]} */
    public String format() {
        return page + ":" + line + ":" + column + ": " + description();
    }

    @Override
    public int compareTo(CheckProblem other) {
        return ORDER.compare(this, other);
    }
}
