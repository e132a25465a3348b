package dev.folio.input.jsonresume;

import dev.folio.profile.PartialDate;
import dev.folio.profile.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The JSON Resume lists folio has no records for (volunteer, certificates, publications, interests,
 * references), turned into free Markdown sections so that they still show on the site.
 */
final class ExtraSections {

    private ExtraSections() {}

    /** Reads each list of {@code root} and returns one section per list that holds anything. */
    static List<Section> read(Members root, Notes notes) {
        List<Section> out = new ArrayList<>();
        add(out, notes, "volunteer", "Volunteering", "\n\n", root.list("volunteer", ExtraSections::volunteer,
                Notes.NOT_JSON_RESUME));
        add(out, notes, "certificates", "Certificates", "\n", root.list("certificates", ExtraSections::certificate,
                Notes.NOT_JSON_RESUME));
        add(out, notes, "publications", "Publications", "\n", root.list("publications", ExtraSections::publication,
                Notes.NOT_JSON_RESUME));
        add(out, notes, "interests", "Interests", "\n", root.list("interests", ExtraSections::interest,
                Notes.NOT_JSON_RESUME));
        add(out, notes, "references", "References", "\n\n", root.list("references", ExtraSections::reference,
                Notes.NOT_JSON_RESUME));
        return out;
    }

    private static void add(List<Section> out, Notes notes, String key, String title, String between,
            List<String> entries) {
        List<String> nonEmpty = entries.stream().filter(e -> !e.isEmpty()).toList();
        if (!nonEmpty.isEmpty()) {
            out.add(new Section(title, String.join(between, nonEmpty).strip()));
            notes.kept(key + " as section \"" + title + "\"", Notes.AS_SECTION);
        }
    }

    /** **Mentor**, [Code Club](https://…) (Mar 2019 – Jun 2020), then the summary and highlights. */
    private static String volunteer(Members v) {
        String organization = v.text("organization");
        String position = v.text("position");
        String url = v.url("url", "website");
        Optional<PartialDate> start = v.date("startDate");
        Optional<PartialDate> end = v.date("endDate");
        String summary = v.text("summary");
        List<String> highlights = v.texts("highlights");
        StringBuilder head = new StringBuilder();
        if (!position.isEmpty()) {
            head.append("**").append(Markdown.oneLine(position)).append("**");
            if (!organization.isEmpty() || !url.isEmpty()) {
                head.append(", ").append(Markdown.link(organization, url));
            }
        } else if (!organization.isEmpty() || !url.isEmpty()) {
            head.append("**").append(Markdown.link(organization, url)).append("**");
        }
        String range = Markdown.range(start, end);
        if (!range.isEmpty()) {
            head.append(head.length() == 0 ? range : " (" + range + ")");
        }
        List<String> blocks = new ArrayList<>();
        if (head.length() > 0) {
            blocks.add(head.toString());
        }
        if (!summary.isEmpty()) {
            blocks.add(Markdown.text(summary));
        }
        if (!highlights.isEmpty()) {
            blocks.add(String.join("\n", highlights.stream().map(h -> "- " + Markdown.oneLine(h)).toList()));
        }
        return String.join("\n\n", blocks);
    }

    /** - [Certified Kubernetes Administrator](https://…), CNCF, Nov 2021 */
    private static String certificate(Members c) {
        String name = c.text("name");
        String url = c.url("url", null);
        Optional<PartialDate> date = c.date("date");
        String issuer = c.text("issuer");
        return item(List.of(name.isEmpty() && url.isEmpty() ? "" : Markdown.link(name, url),
                Markdown.oneLine(issuer), date.map(PartialDate::display).orElse("")), "");
    }

    /** - [Title](https://…), Publisher, Mar 2021: summary */
    private static String publication(Members p) {
        String name = p.text("name");
        String publisher = p.text("publisher");
        Optional<PartialDate> date = p.date("releaseDate");
        String url = p.url("url", "website");
        String summary = p.text("summary");
        return item(List.of(name.isEmpty() && url.isEmpty() ? "" : Markdown.link(name, url),
                Markdown.oneLine(publisher), date.map(PartialDate::display).orElse("")), Markdown.oneLine(summary));
    }

    /** - **Cycling**: gravel, route planning */
    private static String interest(Members i) {
        String name = i.text("name");
        List<String> keywords = i.texts("keywords").stream().map(Markdown::oneLine).toList();
        if (name.isEmpty()) {
            return keywords.isEmpty() ? "" : "- " + String.join(", ", keywords);
        }
        return "- **" + Markdown.oneLine(name) + "**" + (keywords.isEmpty() ? "" : ": " + String.join(", ", keywords));
    }

    /** A quote with its author: {@code > text} then {@code > — Name}. */
    private static String reference(Members r) {
        String name = r.text("name");
        String text = r.text("reference");
        List<String> lines = new ArrayList<>();
        if (!text.isEmpty()) {
            for (String line : Markdown.text(text).split("\n", -1)) {
                lines.add(line.isBlank() ? ">" : "> " + line);
            }
        }
        if (!name.isEmpty()) {
            if (!lines.isEmpty()) {
                lines.add(">");
            }
            lines.add("> — " + Markdown.oneLine(name));
        }
        return String.join("\n", lines);
    }

    private static String item(List<String> parts, String summary) {
        String head = String.join(", ", parts.stream().filter(p -> !p.isEmpty()).toList());
        String all = head.isEmpty() ? summary : summary.isEmpty() ? head : head + ": " + summary;
        return all.isEmpty() ? "" : "- " + all;
    }
}
