package dev.folio.input.resume;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Lines → sections by the heading dictionary. Then, for profile exports that put a sidebar
 * (contact, top skills, languages) before the name, the name block found just before the summary
 * or experience heading is moved back to the header.
 */
final class Sectioner {

    private Sectioner() {}

    static List<Block> split(List<SourceLine> lines, Usage usage) {
        List<Block> sections = new ArrayList<>();
        Block current = new Block(SectionKind.HEADER, "", null);
        sections.add(current);
        boolean seenTitle = false;
        for (SourceLine line : lines) {
            Optional<SectionKind> kind = line.page() || line.bullet() ? Optional.empty() : kind(line, seenTitle);
            if (line.heading() == 1) {
                seenTitle = true;
            }
            if (kind.isPresent()) {
                current = new Block(kind.get(), Headings.title(line.text()), line);
                sections.add(current);
                usage.use(line);
            } else {
                current.lines.add(line);
            }
        }
        moveNameBlock(sections);
        return sections;
    }

    private static Optional<SectionKind> kind(SourceLine line, boolean seenTitle) {
        String text = line.text();
        Optional<SectionKind> known = Headings.kind(text);
        if (known.isPresent()) {
            return known;
        }
        if (line.heading() == 2 || (line.heading() == 1 && seenTitle)) {
            return Optional.of(SectionKind.OTHER);
        }
        return Optional.empty();
    }

    /** Moves "Name / headline / place" from the end of a sidebar section to the header. */
    private static void moveNameBlock(List<Block> sections) {
        Block header = sections.get(0);
        if (header.content().stream().limit(4).anyMatch(l -> Words.isName(l.text()) || l.heading() == 1)) {
            return;
        }
        for (int s = 1; s < sections.size(); s++) {
            Block section = sections.get(s);
            if (section.kind != SectionKind.SUMMARY && section.kind != SectionKind.EXPERIENCE) {
                continue;
            }
            Block before = sections.get(s - 1);
            if (before == header) {
                return;
            }
            List<SourceLine> lines = before.lines;
            int checked = 0;
            for (int i = lines.size() - 1; i >= 0 && checked < 5; i--) {
                SourceLine line = lines.get(i);
                if (line.blank() || line.page()) {
                    continue;
                }
                checked++;
                if (Words.isName(line.text())) {
                    List<SourceLine> moved = new ArrayList<>(lines.subList(i, lines.size()));
                    lines.subList(i, lines.size()).clear();
                    header.lines.addAll(moved);
                    return;
                }
            }
            return;
        }
    }
}
