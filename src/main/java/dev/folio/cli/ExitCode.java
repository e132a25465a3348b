package dev.folio.cli;

/** folio's exit codes. */
public final class ExitCode {

    /** The site was built (or checked) without problems. */
    public static final int OK = 0;
    /** The build failed: a template, a broken link, a write. */
    public static final int BUILD_FAILED = 1;
    /** The user's files are invalid; nothing was written. */
    public static final int INVALID_INPUT = 2;
    /** The command line was wrong. */
    public static final int USAGE = 64;
    /** A bug in folio. */
    public static final int INTERNAL = 70;

    private ExitCode() {}
}
