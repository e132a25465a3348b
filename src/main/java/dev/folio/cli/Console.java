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
        failed(failure, true);
    }

    /** {@code previous}: the output folder held something before this build, which is left as it was. */
    void failed(BuildFailure failure, boolean previous) {
        for (Problem problem : failure.problems()) {
            err.println("error: " + problem.format());
        }
        int n = failure.problems().size();
        err.printf("Build failed in %s with %d %s; %s.%n", failure.phase().label(), n,
                n == 1 ? "problem" : "problems", previous ? "the previous site was left as it was" : "nothing was written");
        err.flush();
    }

    /** One site of {@code build --sites}: its line, and its located problems when it failed. */
    void site(dev.folio.build.Batch.Outcome outcome) {
        if (outcome.result().isPresent()) {
            BuildResult result = outcome.result().get();
            problems(result.check().warnings(), err);
            int broken = result.check().errors().size();
            out.printf("Built %s: %d %s in %d ms → %s; %d broken %s%n", outcome.name(), result.pages(),
                    result.pages() == 1 ? "page" : "pages", result.millis(), shown(result.out()), broken,
                    broken == 1 ? "link" : "links");
            out.flush();
            return;
        }
        if (outcome.failure().isPresent()) {
            BuildFailure failure = outcome.failure().get();
            for (Problem problem : failure.problems()) {
                err.println("error: " + outcome.name() + ": " + problem.format());
            }
            int n = failure.problems().size();
            err.printf("Failed %s in %s with %d %s; its previous site was left as it was.%n", outcome.name(),
                    failure.phase().label(), n, n == 1 ? "problem" : "problems");
        } else {
            err.println("error: " + outcome.name() + ": folio failed unexpectedly: " + outcome.crash().orElseThrow());
            err.println("Failed " + outcome.name() + "; this is a bug in folio; please report it with the site that "
                    + "caused it.");
        }
        err.flush();
    }

    /** The summary of {@code build --sites}. */
    void sites(java.util.List<dev.folio.build.Batch.Outcome> outcomes, long millis, Path dir) {
        long built = outcomes.stream().filter(dev.folio.build.Batch.Outcome::ok).count();
        long pages = outcomes.stream().flatMap(o -> o.result().stream()).mapToLong(BuildResult::pages).sum();
        java.util.List<String> failed = outcomes.stream().filter(o -> !o.ok()).map(dev.folio.build.Batch.Outcome::name)
                .toList();
        String summary = String.format("Built %d of %d %s (%d %s) in %d ms → %s", built, outcomes.size(),
                outcomes.size() == 1 ? "site" : "sites", pages, pages == 1 ? "page" : "pages", millis, shown(dir));
        if (failed.isEmpty()) {
            out.println(summary);
            out.flush();
        } else {
            err.println(summary + "; " + failed.size() + " failed: " + String.join(", ", failed));
            err.flush();
        }
    }

    void noSites(Path dir) {
        err.println("error: " + shown(dir) + ": no site folders in it; --sites builds each folder of DIR that holds "
                + "content/profile.yml");
        err.flush();
    }

    void notWithSites(String option) {
        err.println("error: " + option + " cannot be used with --sites: each site is built from its own folder "
                + "and settings");
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

    void importFailed(java.util.List<Problem> problems) {
        for (Problem problem : problems) {
            err.println("error: " + problem.format());
        }
        int n = problems.size();
        err.printf("Import failed with %d %s; nothing was written.%n", n, n == 1 ? "problem" : "problems");
        err.flush();
    }

    void exportFailed(java.util.List<Problem> problems) {
        for (Problem problem : problems) {
            err.println("error: " + problem.format());
        }
        int n = problems.size();
        err.printf("Export failed with %d %s; nothing was written.%n", n, n == 1 ? "problem" : "problems");
        err.flush();
    }

    void wouldReplace(java.util.List<Path> files) {
        for (Path file : files) {
            err.println("error: " + shown(file) + ": already exists; pass --force to replace it, or -o FILE to "
                    + "write elsewhere");
        }
        err.println("Nothing was written.");
        err.flush();
    }

    void notWritten(Path file, String detail) {
        err.println("error: " + shown(file) + ": could not be written: " + detail
                + "; check the folder's permissions and free space");
        err.flush();
    }

    /** The import's summary, then what became of the parts folio has no key of the same name for. */
    void imported(Path input, Path profile, java.util.List<Path> stories, java.util.List<String> report) {
        out.print("Imported " + shown(input) + " → " + shown(profile));
        if (!stories.isEmpty()) {
            out.print(" and " + stories.size() + (stories.size() == 1 ? " story body" : " story bodies") + " in "
                    + shown(stories.get(0).getParent()));
        }
        out.println();
        report.forEach(out::println);
        out.flush();
    }

    /** A résumé's import: where it went, what was found and not, every line not used. */
    void importedResume(Path input, String format, Path profile, dev.folio.input.resume.ParsedResume parsed,
            boolean nameGiven) {
        var report = parsed.report();
        out.println("Imported " + shown(input) + " (" + format + ") → " + shown(profile));
        out.println("found: " + String.join(", ", report.found()));
        for (String missing : report.missing()) {
            if (nameGiven && missing.startsWith("a name:")) {
                continue;
            }
            out.println("not found: " + missing);
        }
        int reviews = parsed.reviews().size();
        out.println("review: " + reviews + (reviews == 1 ? " field is" : " fields are") + " marked \"# REVIEW:\" in "
                + shown(profile) + "; check each, then delete the comment");
        if (!report.unused().isEmpty()) {
            out.println("not used (" + report.unused().size() + (report.unused().size() == 1 ? " line" : " lines")
                    + ", by line of the text read):");
            report.unused().forEach(line -> out.println("  " + line));
        }
        out.flush();
    }

    /** The short form before a build from a résumé. */
    void readResume(Path input, dev.folio.input.resume.ParsedResume parsed) {
        err.println("Read " + shown(input) + ": " + String.join(", ", parsed.report().found()) + "; "
                + parsed.reviews().size() + " guessed fields. Run folio import " + shown(input)
                + " to get a profile.yml to review.");
        err.flush();
    }

    void exported(Path file) {
        out.println("Exported the profile as JSON Resume 1.0.0 → " + shown(file));
        out.flush();
    }

    /** A document written to standard output, as it is (a JSON Resume export, a JSON or JUnit report). */
    void document(String text) {
        out.print(text);
        out.flush();
    }

    void served(java.util.List<String> changed, long millis, long pages) {
        if (changed.isEmpty()) {
            out.printf("Built %d %s in %d ms%n", pages, pages == 1 ? "page" : "pages", millis);
        } else {
            out.printf("Rebuilt in %d ms (%s)%n", millis, listed(changed));
        }
        out.flush();
    }

    /** Only the located problems, for a command that stops before it starts. */
    void problems(BuildFailure failure) {
        for (Problem problem : failure.problems()) {
            err.println("error: " + problem.format());
        }
        err.flush();
    }

    void serveFailed(java.util.List<String> changed, long millis, BuildFailure failure) {
        for (Problem problem : failure.problems()) {
            err.println("error: " + problem.format());
        }
        int n = failure.problems().size();
        String problems = n + (n == 1 ? " problem" : " problems");
        if (changed.isEmpty()) {
            err.printf("Build failed in %s with %s in %d ms; fix %s and the page reloads.%n",
                    failure.phase().label(), problems, millis, n == 1 ? "it" : "them");
        } else {
            err.printf("Rebuild failed in %s with %s in %d ms (%s); still serving the last good site.%n",
                    failure.phase().label(), problems, millis, listed(changed));
        }
        err.flush();
    }

    void serveCrashed(java.util.List<String> changed, RuntimeException e) {
        err.println("error: folio failed unexpectedly" + (changed.isEmpty() ? "" : " (" + listed(changed) + ")")
                + ": " + e);
        err.println("This is a bug in folio; please report it with the change you made. Still serving the last good site.");
        err.flush();
    }

    void serving(java.net.URI address) {
        out.printf("Serving %s from memory; watching content/, templates/ and themes/. Press Ctrl-C to stop.%n",
                address);
        out.flush();
    }

    void portInUse(int port) {
        err.printf("error: 127.0.0.1:%d is already in use; stop the other server or choose a port with --port%n", port);
        err.flush();
    }

    void cannotServe(String detail) {
        err.println("error: cannot serve on 127.0.0.1: " + detail);
        err.flush();
    }

    void unknownTheme(String name, java.util.Set<String> available) {
        err.println("error: --theme: no theme named \"" + name + "\"; available: " + String.join(", ", available));
        err.flush();
    }

    void stopped() {
        out.println("Stopped.");
        out.flush();
    }

    /** "a", "a, b", "a, b, c and 2 more" */
    private static String listed(java.util.List<String> paths) {
        if (paths.size() <= 3) {
            return String.join(", ", paths);
        }
        return String.join(", ", paths.subList(0, 3)) + " and " + (paths.size() - 3) + " more";
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
