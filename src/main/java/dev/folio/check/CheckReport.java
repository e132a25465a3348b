package dev.folio.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of checking one built site.
 *
 * @param files site-relative paths of every file that was read (pages, stylesheets, sitemaps), sorted
 * @param pagesChecked number of HTML pages among them
 * @param linksChecked number of URLs looked at (external ones included, whether fetched or not)
 * @param externalChecked number of distinct external URLs fetched (or found fresh in the cache); 0 without --external
 * @param problems every problem at severity error or warn, sorted by page, line, column, attribute, target
 * @param external every external link and where it is, for an online check; empty unless the checker was
 *                 {@link LinkChecker#collectingExternalLinks() asked to collect them}
 */
public record CheckReport(List<String> files, int pagesChecked, int linksChecked, int externalChecked,
        List<CheckProblem> problems, List<ExternalRef> external) {

    public CheckReport {
        files = List.copyOf(Objects.requireNonNull(files, "files"));
        List<CheckProblem> sorted = new ArrayList<>(Objects.requireNonNull(problems, "problems"));
        Collections.sort(sorted);
        problems = List.copyOf(sorted);
        external = List.copyOf(Objects.requireNonNull(external, "external"));
    }

    /** True when nothing at severity error was found. */
    public boolean ok() {
        return problems.stream().noneMatch(CheckProblem::isError);
    }

    public List<CheckProblem> errors() {
        return problems.stream().filter(CheckProblem::isError).toList();
    }

    public List<CheckProblem> warnings() {
        return problems.stream().filter(p -> !p.isError()).toList();
    }

    /** This report with the outcome of the external check added. */
    public CheckReport withExternal(int checked, List<CheckProblem> more) {
        List<CheckProblem> all = new ArrayList<>(problems);
        all.addAll(more);
        return new CheckReport(files, pagesChecked, linksChecked, externalChecked + checked, all, external);
    }
}
