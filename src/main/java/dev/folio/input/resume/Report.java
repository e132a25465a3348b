package dev.folio.input.resume;

import dev.folio.profile.Profile;
import java.util.ArrayList;
import java.util.List;

/** Builds the {@link ResumeReport}: counts of what was found, what is missing, every unused line. */
final class Report {

    private Report() {}

    static ResumeReport of(Profile p, ContactReader contact, List<Usage.Unused> unused, boolean named) {
        List<String> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        var b = p.basics();
        if (named) {
            found.add("name \"" + b.name() + "\"");
        } else {
            missing.add("a name: none was found; pass --name \"Your Name\" or write it in basics.name");
        }
        item(found, missing, "email", b.email(), "an email address: add basics.email");
        item(found, missing, "phone", b.phone(), "a phone number (optional): basics.phone");
        item(found, missing, "location", b.location().display(), "a location (optional): basics.location");
        if (!b.url().isEmpty() || !b.profiles().isEmpty()) {
            found.add(count(b.profiles().size() + (b.url().isEmpty() ? 0 : 1), "link", "links"));
        } else {
            missing.add("links: no web address was found (PDF text keeps link names, not addresses); add basics.url or basics.profiles");
        }
        if (!b.summary().isEmpty()) {
            found.add("summary");
        }
        int highlights = p.work().stream().mapToInt(w -> w.highlights().size()).sum();
        if (p.work().isEmpty()) {
            missing.add("work experience: no roles were found; add them under work:");
        } else {
            found.add(count(p.work().size(), "role", "roles") + " (" + count(highlights, "highlight", "highlights") + ")");
        }
        if (p.education().isEmpty()) {
            missing.add("education: none was found");
        } else {
            found.add(count(p.education().size(), "school", "schools"));
        }
        if (p.skills().isEmpty()) {
            missing.add("skills: no skills section was found; add stack groups under skills:");
        } else {
            found.add(count(p.skills().size(), "skill group", "skill groups") + " ("
                    + count(p.skills().stream().mapToInt(s -> s.keywords().size()).sum(), "skill", "skills") + ")");
        }
        if (!p.projects().isEmpty()) {
            found.add(count(p.projects().size(), "project", "projects"));
        }
        if (!p.awards().isEmpty()) {
            found.add(count(p.awards().size(), "award", "awards"));
        }
        if (!p.languages().isEmpty()) {
            found.add(count(p.languages().size(), "language", "languages"));
        }
        if (!p.sections().isEmpty()) {
            found.add(count(p.sections().size(), "other section", "other sections") + " ("
                    + String.join(", ", p.sections().stream().map(s -> s.title()).toList()) + ")");
        }
        found.add(count(p.metrics().size(), "metric", "metrics"));
        found.add(count(p.stories().size(), "story", "stories"));
        if (p.metrics().isEmpty() && highlights > 0) {
            missing.add("metrics: no bullet states a number folio could read; add metrics by hand");
        }
        for (String d : contact.dropped) {
            missing.add("the address \"" + d + "\" was left out: folio links only to http(s), mailto and tel addresses");
        }
        List<String> lines = new ArrayList<>();
        for (Usage.Unused u : unused) {
            String t = u.text().length() > 100 ? u.text().substring(0, 97) + "..." : u.text();
            lines.add(u.line() + ": \"" + t + "\" (" + u.reason() + ")");
        }
        return new ResumeReport(found, missing, lines);
    }

    private static void item(List<String> found, List<String> missing, String what, String value, String fix) {
        if (value.isEmpty()) {
            missing.add(fix);
        } else {
            found.add(what);
        }
    }

    private static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
