package dev.folio.input.resume;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * An entry's header lines → title, employer, place and dates. Dates and durations are taken out
 * first; the rest is split into parts and comma components; places are taken from the end of a
 * part; title and employer are told apart by word lists, then by order.
 */
final class HeaderFields {

    String title = "";
    String org = "";
    String location = "";
    Optional<DateSpan> dates = Optional.empty();
    /** Title and employer were told apart by order alone. */
    boolean guessed;
    final List<String> unknown = new ArrayList<>();
    final List<String> links = new ArrayList<>();

    private record Piece(String text, int line, boolean title, boolean org) {}

    static HeaderFields read(List<SourceLine> header, Usage usage) {
        HeaderFields f = new HeaderFields();
        List<Piece> pieces = new ArrayList<>();
        List<List<String>> partsByLine = new ArrayList<>();
        for (SourceLine line : header) {
            usage.use(line);
            f.links.addAll(line.links());
            String text = line.text();
            if (f.dates.isEmpty()) {
                Optional<DateSpan> d = DateGrammar.find(text);
                if (d.isPresent()) {
                    f.dates = d;
                    text = d.get().remove(text);
                }
            }
            text = DateGrammar.withoutDurations(text);
            List<String> parts = new ArrayList<>();
            for (String part : Splitter.parts(text)) {
                parts.addAll(atSplit(part));
            }
            partsByLine.add(parts);
        }
        int total = partsByLine.stream().mapToInt(List::size).sum();
        for (int l = 0; l < partsByLine.size(); l++) {
            for (String part : partsByLine.get(l)) {
                if (Words.isEmployment(part) || part.equalsIgnoreCase("experience")) {
                    continue;
                }
                if (Places.isPlace(part) && !Words.isOrg(part)) {
                    f.place(part);
                    continue;
                }
                List<String> comps = Splitter.commas(part);
                int tail = Places.tail(comps, total > 1 || partsByLine.size() > 1);
                if (tail > 0 && f.location.isEmpty()) {
                    f.location = String.join(", ", comps.subList(comps.size() - tail, comps.size()));
                    comps = comps.subList(0, comps.size() - tail);
                }
                Piece previous = null;
                for (String c : comps) {
                    String s = Splitter.trim(c);
                    if (s.isEmpty() || Words.isEmployment(s)) {
                        continue;
                    }
                    if (previous != null && previous.title() && Words.isArea(s)) {
                        // "Senior Engineer, Infrastructure": the area belongs to the title
                        Piece whole = new Piece(previous.text() + ", " + s, l, true, false);
                        pieces.set(pieces.size() - 1, whole);
                        previous = whole;
                        continue;
                    }
                    if (isPlace(s)) {
                        f.place(s);
                        continue;
                    }
                    boolean title = Words.isTitle(s);
                    previous = new Piece(s, l, title, !title && Words.isOrg(s));
                    pieces.add(previous);
                }
            }
        }
        f.assign(pieces, partsByLine.size());
        return f;
    }

    private static boolean isPlace(String s) {
        return Places.isPlace(s) && !Words.isOrg(s);
    }

    /** "Engineer at Acme" → [Engineer, Acme] when the left side is a title. */
    private static List<String> atSplit(String part) {
        int at = part.indexOf(" at ");
        if (at > 0 && Words.isTitle(part.substring(0, at))) {
            return List.of(part.substring(0, at).strip(), part.substring(at + 4).strip());
        }
        return List.of(part);
    }

    private void place(String text) {
        if (location.isEmpty()) {
            location = text;
        }
    }

    private void assign(List<Piece> pieces, int lines) {
        List<Piece> rest = new ArrayList<>();
        for (Piece p : pieces) {
            if (p.title && title.isEmpty()) {
                title = p.text;
            } else if (p.org && org.isEmpty()) {
                org = p.text;
            } else {
                rest.add(p);
            }
        }
        List<Piece> left = new ArrayList<>();
        for (Piece p : rest) {
            if (org.isEmpty() && !title.isEmpty()) {
                org = p.text;
            } else if (title.isEmpty() && !org.isEmpty()) {
                title = p.text;
                guessed = true;
            } else if (title.isEmpty() && org.isEmpty()) {
                org = p.text;
                guessed = true;
            } else {
                left.add(p);
            }
        }
        for (Piece p : left) {
            if (location.isEmpty() && Places.isCity(p.text) && !p.title) {
                location = p.text;
            } else {
                unknown.add(p.text);
            }
        }
    }
}
