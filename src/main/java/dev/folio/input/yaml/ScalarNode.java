package dev.folio.input.yaml;

/** A scalar as written (numbers keep their spelling); {@code nullValue} for {@code key:} and {@code ~}. */
public record ScalarNode(int line, int column, String text, boolean nullValue) implements Node {

    @Override
    public String kind() {
        return nullValue ? "nothing" : "text";
    }
}
