package dev.folio.input.jsonresume;

import java.util.List;

/**
 * What an import did with the parts of a JSON Resume that folio's profile has no key of the same
 * name for: kept in another form, or not imported, each with the reason. Nothing is dropped silently.
 */
public record ImportReport(List<Note> notes) {

    /** Paths such as {@code work[0,2].description} that share one outcome and one reason. */
    public record Note(boolean kept, List<String> items, String reason) {

        public Note {
            items = List.copyOf(items);
        }

        /** {@code kept: volunteer as section "Volunteering" (…)} or {@code not imported: … (…)}. */
        public String line() {
            return (kept ? "kept: " : "not imported: ") + String.join(", ", items) + " (" + reason + ")";
        }
    }

    public ImportReport {
        notes = List.copyOf(notes);
    }

    public List<String> lines() {
        return notes.stream().map(Note::line).toList();
    }
}
