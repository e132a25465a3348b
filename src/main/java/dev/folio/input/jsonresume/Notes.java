package dev.folio.input.jsonresume;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Collects the import report: one note per outcome and reason, the paths in document order. */
final class Notes {

    static final String NO_PLACE = "folio has no place for it yet";
    static final String NOT_JSON_RESUME = "not part of JSON Resume 1.x";
    static final String ABOUT_THE_FILE = "about the JSON Resume file itself, not about you";
    static final String DAY_DROPPED = "the day is dropped: folio dates are YYYY-MM or YYYY";
    static final String AS_SECTION = "folio has no list of its own for these; they are free Markdown sections now, under sections:";

    private static final Pattern INDEX = Pattern.compile("\\[(\\d+)]");

    private record Key(boolean kept, String reason) {}

    private final Map<Key, List<String>> notes = new LinkedHashMap<>();

    void kept(String item, String reason) {
        notes.computeIfAbsent(new Key(true, reason), k -> new ArrayList<>()).add(item);
    }

    void notImported(String item, String reason) {
        notes.computeIfAbsent(new Key(false, reason), k -> new ArrayList<>()).add(item);
    }

    /** Kept notes first, then the rest, each group in the order first seen. */
    ImportReport report() {
        List<ImportReport.Note> out = new ArrayList<>();
        for (boolean kept : new boolean[] {true, false}) {
            notes.forEach((key, items) -> {
                if (key.kept() == kept) {
                    out.add(new ImportReport.Note(kept, compress(items), key.reason()));
                }
            });
        }
        return new ImportReport(out);
    }

    /** {@code skills[0].level, skills[2].level} → {@code skills[0,2].level}; other paths as they are. */
    static List<String> compress(List<String> items) {
        Map<String, List<String>> groups = new LinkedHashMap<>();
        for (String item : items) {
            groups.computeIfAbsent(INDEX.matcher(item).replaceAll("[]"), k -> new ArrayList<>()).add(item);
        }
        List<String> out = new ArrayList<>();
        groups.forEach((pattern, paths) -> {
            int holes = pattern.split("\\[]", -1).length - 1;
            if (paths.size() == 1 || holes != 1) {
                out.addAll(paths);
                return;
            }
            List<String> indexes = new ArrayList<>();
            for (String path : paths) {
                Matcher m = INDEX.matcher(path);
                m.find();
                indexes.add(m.group(1));
            }
            int hole = pattern.indexOf("[]");
            out.add(pattern.substring(0, hole) + "[" + String.join(",", indexes) + "]" + pattern.substring(hole + 2));
        });
        return out;
    }
}
