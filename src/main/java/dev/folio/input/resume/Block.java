package dev.folio.input.resume;

import java.util.ArrayList;
import java.util.List;

/** A heading and the lines under it; the header section has no heading line. */
final class Block {

    final SectionKind kind;
    final String title;
    final SourceLine heading;
    final List<SourceLine> lines = new ArrayList<>();

    Block(SectionKind kind, String title, SourceLine heading) {
        this.kind = kind;
        this.title = title;
        this.heading = heading;
    }

    List<SourceLine> content() {
        return lines.stream().filter(l -> !l.page()).toList();
    }
}
