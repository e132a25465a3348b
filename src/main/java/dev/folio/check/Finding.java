package dev.folio.check;

/** A problem found in one file, before its severity is looked up; {@code attribute} and {@code target} may be "". */
record Finding(int line, int column, Kind kind, String attribute, String target, String message) {

    static Finding at(LinkRef ref, Kind kind, String message) {
        return new Finding(ref.line(), ref.column(), kind, ref.attribute(), ref.url(), message);
    }
}
