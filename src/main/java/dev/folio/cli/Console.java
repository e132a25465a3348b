package dev.folio.cli;

import dev.folio.build.BuildFailure;
import dev.folio.build.BuildResult;
import dev.folio.check.CheckProblem;
import dev.folio.check.CheckReport;
import dev.folio.problem.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** Every sentence folio prints, in one place. */
final class Console {

    private final PrintWriter out;
    private final PrintWriter err;

    Console(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    void built(BuildResult result) {
        List<CheckProblem> warnings = result.check().warnings();
        problems(warnings, err);
        int broken = result.check().errors().size();
        out.printf("Built %d %s in %d ms → %s; %d broken %s%s%n", result.pages(), result.pages() == 1 ? "page" : "pages",
                result.millis(), shown(result.out()), broken, broken == 1 ? "link" : "links",
                warnings.isEmpty() ? "" : ", " + count(warnings.size(), "warning"));
        out.flush();
    }

    void failed(BuildFailure failure) {
        for (Problem problem : failure.problems()) {
            err.println("error: " + problem.format());
        }
        int n = failure.problems().size();
        err.printf("Build failed in %s with %d %s; the previous site was left as it was.%n",
                failure.phase().label(), n, n == 1 ? "problem" : "problems");
        err.flush();
    }

    /** The text report of {@code folio check}: each problem on the error stream, then the summary. */
    void checked(Path dir, CheckReport report) {
        problems(report.problems(), err);
        checkSummary(dir, report, false);
    }

    /** {@code Checked 5 pages, 120 links in target/site; 0 errors, 2 warnings}, on the output or error stream. */
    void checkSummary(Path dir, CheckReport report, boolean toErr) {
        PrintWriter to = toErr ? err : out;
        to.printf("Checked %s, %s%s in %s; %s, %s%n", count(report.pagesChecked(), "page"),
                count(report.linksChecked(), "link"),
                report.externalChecked() == 0 ? "" : " (" + report.externalChecked() + " external checked online)",
                shown(dir), count(report.errors().size(), "error"), count(report.warnings().size(), "warning"));
        to.flush();
    }

    private static void problems(List<CheckProblem> problems, PrintWriter to) {
        for (CheckProblem problem : problems) {
            to.println(problem.severity().label() + ": " + problem.format());
        }
        to.flush();
    }

    void badCheckOption(String option, List<String> messages) {
        for (String message : messages) {
            err.println("error: " + option + ": " + message);
        }
        err.flush();
    }

    /** A JSON or JUnit report, on the output stream. */
    void document(String text) {
        out.print(text);
        out.flush();
    }

    void cacheUnwritable(Path file, String detail) {
        err.println("warning: " + shown(file) + ": the link cache could not be written: " + detail
                + "; choose another place with --cache FILE, or --no-cache");
        err.flush();
    }

    void reportUnwritable(Path file, String detail) {
        err.println("error: " + shown(file) + ": the report could not be written: " + detail
                + "; check the folder exists and is writable");
        err.flush();
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    void notASite(Path dir) {
        err.println("error: " + shown(dir) + ": no such folder; build the site first (folio build) or name the "
                + "folder to check");
        err.flush();
    }

    void unreadable(Path dir, String detail) {
        err.println("error: " + shown(dir) + ": could not be read: " + detail);
        err.flush();
    }

    void internal(Throwable e) {
        err.println("error: folio failed unexpectedly: " + e);
        err.println("This is a bug in folio; please report it with the command you ran.");
        err.flush();
    }

    /** A path relative to the working folder when it is inside it. */
    static String shown(Path path) {
        Path cwd = Path.of("").toAbsolutePath();
        Path abs = path.toAbsolutePath().normalize();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : abs.toString();
    }
}
