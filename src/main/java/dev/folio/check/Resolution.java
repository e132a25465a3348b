package dev.folio.check;

/** Either the site-relative path a URL led to, or why it led nowhere. Exactly one of the two is non-null. */
record Resolution(String path, String problem) {

    static Resolution found(String path) {
        return new Resolution(path, null);
    }

    static Resolution broken(String problem) {
        return new Resolution(null, problem);
    }

    boolean isBroken() {
        return problem != null;
    }
}
