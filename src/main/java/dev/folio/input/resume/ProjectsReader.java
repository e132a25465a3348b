package dev.folio.input.resume;

import dev.folio.profile.PartialDate;
import dev.folio.profile.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Project entries: the first header part is the name, the rest a description; links become the url. */
final class ProjectsReader {

    private ProjectsReader() {}

    static List<Project> read(List<SourceLine> lines, Usage usage, Reviews reviews, int offset) {
        List<Project> out = new ArrayList<>();
        for (Entry e : Entries.read(lines)) {
            String path = "projects[" + (offset + out.size()) + "]";
            Optional<DateSpan> dates = Optional.empty();
            String name = "";
            List<String> description = new ArrayList<>();
            String url = "";
            for (SourceLine line : e.header) {
                usage.use(line);
                for (String link : line.links()) {
                    Optional<String> u = Links.normalize(link);
                    if (url.isEmpty() && u.isPresent() && u.get().startsWith("http")) {
                        url = u.get();
                    }
                }
                String text = line.text();
                if (dates.isEmpty()) {
                    dates = DateGrammar.find(text);
                    if (dates.isPresent()) {
                        text = dates.get().remove(text);
                    }
                }
                for (String part : Splitter.parts(text)) {
                    if (Links.isAddress(part)) {
                        Optional<String> u = Links.normalize(part);
                        if (url.isEmpty() && u.isPresent()) {
                            url = u.get();
                        }
                    } else if (Links.isNetworkWord(part)) {
                        if (line.links().isEmpty()) {
                            usage.piece(line, part, "a link's name without its address; add the project's url");
                        }
                    } else if (name.isEmpty()) {
                        name = part;
                    } else {
                        description.add(part);
                    }
                }
            }
            List<String> highlights = new ArrayList<>();
            for (int i = 0; i < e.prose.size(); i++) {
                String text = Join.lines(Entry.texts(e.prose.get(i)));
                if (i == 0 && description.isEmpty() && e.proseBeforeBullets > 0 && !e.bullets.isEmpty() || i == 0
                        && description.isEmpty() && e.bullets.isEmpty()) {
                    description.add(text);
                } else {
                    highlights.add(text);
                }
                e.prose.get(i).forEach(usage::use);
            }
            for (List<SourceLine> b : e.bullets) {
                highlights.add(Join.lines(Entry.texts(b)));
                b.forEach(usage::use);
            }
            List<String> keywords = WorkReader.keywords(e.keywordLines, usage);
            if (name.isEmpty()) {
                if (highlights.isEmpty() && description.isEmpty()) {
                    continue;
                }
                name = "Project";
                reviews.add(path + ".name", "no project name found; write it");
            }
            Optional<PartialDate> start = dates.flatMap(DateSpan::from);
            Optional<PartialDate> end = dates.flatMap(DateSpan::to);
            WorkReader.dateReviews(dates, path, reviews);
            out.add(new Project(name, String.join("; ", description), url, start, end, highlights, keywords));
        }
        return out;
    }
}
