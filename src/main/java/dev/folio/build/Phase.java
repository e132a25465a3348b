package dev.folio.build;

/** The named steps of a build, in order; every failure says which one it stopped in. */
public enum Phase {
    LOAD("load"),
    ASSEMBLE("assemble"),
    RENDER("render"),
    PUBLISH("publish"),
    CHECK("check");

    private final String label;

    Phase(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
