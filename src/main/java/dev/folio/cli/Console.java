package dev.folio.cli;

import dev.folio.build.BuildFailure;
import dev.folio.build.BuildResult;
import dev.folio.check.BrokenLink;
import dev.folio.check.CheckReport;
import dev.folio.problem.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;

/** Every sentence folio prints, in one place. */
final class Console {

    private final PrintWriter out;
    private final PrintWriter err;

    Console(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    void built(BuildResult result) {
        int broken = result.check().broken().size();
        out.printf("Built %d %s in %d ms → %s; %d broken %s%n", result.pages(), result.pages() == 1 ? "page" : "pages",
                result.millis(), shown(result.out()), broken, broken == 1 ? "link" : "links");
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

    void valid(dev.folio.input.SiteInput input) {
        var p = input.profile();
        out.printf("content is valid: %d %s, %d %s, %d %s, theme %s%n", p.metrics().size(),
                p.metrics().size() == 1 ? "metric" : "metrics", p.stories().size(),
                p.stories().size() == 1 ? "story" : "stories", p.work().size(), p.work().size() == 1 ? "job" : "jobs",
                input.settings().theme());
        out.flush();
    }

    void invalid(BuildFailure failure) {
        for (Problem problem : failure.problems()) {
            err.println("error: " + problem.format());
        }
        int n = failure.problems().size();
        err.printf("%d %s found; fix %s and run folio validate again.%n", n, n == 1 ? "problem" : "problems",
                n == 1 ? "it" : "them");
        err.flush();
    }

    void checked(Path dir, CheckReport report) {
        for (BrokenLink link : report.broken()) {
            err.println("error: " + link.format());
        }
        err.flush();
        int broken = report.broken().size();
        out.printf("Checked %d %s, %d links in %s; %d broken %s%n", report.pagesChecked(),
                report.pagesChecked() == 1 ? "page" : "pages", report.linksChecked(), shown(dir), broken,
                broken == 1 ? "link" : "links");
        out.flush();
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
