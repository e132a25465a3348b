package dev.folio.input.resume;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Which lines the readers used, and the parts they left with a reason: the report's last list. */
final class Usage {

    /** A line, or part of one, that was not used, with why. */
    record Unused(int line, String text, String reason) {}

    private final TreeSet<Integer> used = new TreeSet<>();
    private final Map<Integer, String> skipped = new TreeMap<>();
    private final List<Unused> pieces = new ArrayList<>();

    void use(SourceLine line) {
        used.add(line.number());
    }

    /** The whole line was read and deliberately left out. */
    void skip(SourceLine line, String reason) {
        skipped.putIfAbsent(line.number(), reason);
    }

    /** A part of a line that was otherwise used. */
    void piece(SourceLine line, String text, String reason) {
        pieces.add(new Unused(line.number(), text, reason));
    }

    boolean used(SourceLine line) {
        return used.contains(line.number());
    }

    /** Every non-blank line not used, and every unused part, in line order. */
    List<Unused> unused(List<SourceLine> lines) {
        List<Unused> out = new ArrayList<>();
        for (SourceLine line : lines) {
            if (line.page()) {
                out.add(new Unused(line.number(), line.raw(), "a page marker"));
            } else if (!line.blank() && !used.contains(line.number())) {
                out.add(new Unused(line.number(), line.raw(), skipped.getOrDefault(line.number(),
                        "not understood; copy what you need by hand")));
            }
        }
        out.addAll(pieces);
        out.sort(java.util.Comparator.comparingInt(Unused::line));
        return out;
    }
}
