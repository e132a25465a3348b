package dev.folio.input.resume;

import java.util.ArrayList;
import java.util.List;

/** One entry of a section before its fields are read: header lines, bullets, prose and keyword lines. */
final class Entry {

    final List<SourceLine> header = new ArrayList<>();
    /** Highlights: each a list of wrapped lines. */
    final List<List<SourceLine>> bullets = new ArrayList<>();
    /** Prose paragraphs: each a list of wrapped lines. */
    final List<List<SourceLine>> prose = new ArrayList<>();
    /** Prose paragraphs written before the first bullet. */
    int proseBeforeBullets;
    final List<SourceLine> keywordLines = new ArrayList<>();

    boolean hasBody() {
        return !bullets.isEmpty() || !prose.isEmpty() || !keywordLines.isEmpty();
    }

    static List<String> texts(List<SourceLine> lines) {
        return lines.stream().map(SourceLine::text).toList();
    }
}
