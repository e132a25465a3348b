package dev.folio.check;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** How much a kind of problem matters: an error fails the build or check, a warning is shown, ignore hides it. */
public enum Severity {
    ERROR("error"),
    WARN("warn"),
    IGNORE("ignore");

    private final String id;

    Severity(String id) {
        this.id = id;
    }

    /** The word used on the command line and in site.yml: "error", "warn" or "ignore". */
    public String id() {
        return id;
    }

    /** The word printed in front of a problem: "error" or "warning". */
    public String label() {
        return this == WARN ? "warning" : id;
    }

    public static Optional<Severity> byId(String id) {
        return Arrays.stream(values()).filter(s -> s.id.equals(id)).findFirst();
    }

    static List<String> ids() {
        return Arrays.stream(values()).map(Severity::id).toList();
    }
}
