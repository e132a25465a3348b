package dev.folio.check.external;

/** What checking one external URL found; {@code message} is empty for {@link Verdict#OK}. */
record Outcome(Verdict verdict, String message) {

    enum Verdict { OK, BROKEN, UNREACHABLE, BLOCKED }

    static Outcome ok() {
        return new Outcome(Verdict.OK, "");
    }

    static Outcome broken(String message) {
        return new Outcome(Verdict.BROKEN, message);
    }

    static Outcome unreachable(String message) {
        return new Outcome(Verdict.UNREACHABLE, message);
    }

    static Outcome blocked(String message) {
        return new Outcome(Verdict.BLOCKED, message);
    }
}
