package dev.folio.input.resume;

import dev.folio.profile.PartialDate;
import dev.folio.profile.Work;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Experience entries → {@link Work}: header fields, highlights, prose, keywords, grouped roles. */
final class WorkReader {

    private WorkReader() {}

    static List<Work> read(List<SourceLine> lines, Usage usage, Reviews reviews, int offset) {
        List<Work> out = new ArrayList<>();
        Work previous = null;
        for (Entry e : Entries.read(lines)) {
            String path = "work[" + (offset + out.size()) + "]";
            HeaderFields h = HeaderFields.read(e.header, usage);
            String org = h.org;
            String location = h.location;
            if (org.isEmpty() && previous != null && !h.title.isEmpty()) {
                org = previous.name();
                reviews.add(path + ".name", "taken from the role above: several roles at one employer");
                if (location.isEmpty()) {
                    location = previous.location();
                }
            }
            if (org.isEmpty() && h.title.isEmpty() && !e.header.isEmpty()) {
                e.header.forEach(l -> usage.skip(l, "a header without a title or employer"));
            }
            if (h.guessed) {
                reviews.add(path + ".position", "title and employer told apart by their order; swap them if wrong");
            }
            for (String u : h.unknown) {
                usage.piece(e.header.get(0), u, "left over in the header of " + path);
            }
            Optional<PartialDate> start = h.dates.flatMap(DateSpan::from);
            Optional<PartialDate> end = h.dates.flatMap(DateSpan::to);
            dateReviews(h.dates, path, reviews);
            if (h.dates.isEmpty() && !e.header.isEmpty()) {
                reviews.add(path + ".startDate", "no dates found for this role; add startDate (YYYY-MM)");
            }
            List<String> highlights = new ArrayList<>();
            String summary = "";
            if (e.bullets.isEmpty()) {
                for (List<SourceLine> p : e.prose) {
                    highlights.add(Join.lines(Entry.texts(p)));
                }
            } else {
                List<String> before = new ArrayList<>();
                for (int i = 0; i < e.prose.size(); i++) {
                    String text = Join.lines(Entry.texts(e.prose.get(i)));
                    if (i < e.proseBeforeBullets) {
                        before.add(text);
                    } else {
                        highlights.add(text);
                    }
                }
                summary = String.join(" ", before);
                for (List<SourceLine> b : e.bullets) {
                    highlights.add(Join.lines(Entry.texts(b)));
                }
            }
            e.prose.forEach(p -> p.forEach(usage::use));
            e.bullets.forEach(p -> p.forEach(usage::use));
            List<String> keywords = keywords(e.keywordLines, usage);
            if (org.isEmpty()) {
                if (h.title.isEmpty() && highlights.isEmpty()) {
                    continue;
                }
                org = "Employer";
                reviews.add(path + ".name", "no employer found; write the company's name");
            }
            Work work = new Work(org, h.title, location, "", start, end, summary, highlights, keywords);
            out.add(work);
            previous = work;
        }
        return out;
    }

    static void dateReviews(Optional<DateSpan> dates, String path, Reviews reviews) {
        if (dates.isEmpty()) {
            return;
        }
        DateSpan d = dates.get();
        if (d.rough().contains("season")) {
            reviews.add(path + ".startDate", "written as \"" + d.written() + "\"; a season gives the year alone");
        }
        if (d.rough().equals("order")) {
            reviews.add(path + ".endDate", "\"" + d.written() + "\" ends before it starts; the end date was left out");
        }
        if (d.single() && d.from().isPresent()) {
            reviews.add(path + ".endDate", "one date was written (\"" + d.written() + "\"); it is used as start and end");
        }
    }

    /** "Tech Stack: Node.js, MongoDB, Redis" → the list, each line used. */
    static List<String> keywords(List<SourceLine> lines, Usage usage) {
        List<String> out = new ArrayList<>();
        for (SourceLine line : lines) {
            var m = Entries.KEYWORDS.matcher(line.text());
            if (m.matches()) {
                for (String k : Splitter.list(m.group(1))) {
                    String s = Splitter.trim(k).replaceAll("\\.$", "");
                    if (!s.isEmpty() && s.length() <= 60 && !out.contains(s)) {
                        out.add(s);
                    }
                }
                usage.use(line);
            }
        }
        return out;
    }
}
