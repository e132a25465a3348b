package dev.folio.check;

/** Either the site-relative path a URL led to, or why it led nowhere (a kind and a message). */
record Resolution(String path, Kind kind, String problem) {

    static Resolution found(String path) {
        return new Resolution(path, null, null);
    }

    static Resolution broken(String problem) {
        return new Resolution(null, Kind.BROKEN_LINK, problem);
    }

    static Resolution caseDiffers(String actual) {
        return new Resolution(null, Kind.CASE_MISMATCH, "file differs in case: found " + actual);
    }

    boolean isBroken() {
        return problem != null;
    }
}
