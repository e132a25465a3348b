package dev.folio.input.resume;

import dev.folio.profile.PartialDate;
import java.util.Optional;

/**
 * Dates found in a line: a range, or one date. {@code start} and {@code end} are character
 * offsets of the whole written span; {@code current} when the range ends "Present".
 *
 * @param rough a note when a date was less exact than written (a season) or guessed, else empty
 */
record DateSpan(Optional<PartialDate> from, Optional<PartialDate> to, boolean current, boolean single,
        int start, int end, String written, String rough) {

    /** The line without the dates (and without brackets left empty around them). */
    String remove(String line) {
        String s = line.substring(0, start) + " " + line.substring(end);
        return s.replaceAll("\\(\\s*\\)|\\[\\s*]", " ").replaceAll(" {3,}", "  ").strip();
    }
}
