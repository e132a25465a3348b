package dev.folio.input.resume;

import java.util.List;

/**
 * What an import of a résumé found, what it did not, and every line it did not use.
 *
 * @param found    "name", "3 jobs (11 highlights)" and the like
 * @param missing  what a profile usually has and this résumé did not give, each with what to do
 * @param unused   "12: text (reason)" for each line or part not used
 */
public record ResumeReport(List<String> found, List<String> missing, List<String> unused) {

    public ResumeReport {
        found = List.copyOf(found);
        missing = List.copyOf(missing);
        unused = List.copyOf(unused);
    }
}
