package dev.folio.input.yaml;

import java.util.List;
import java.util.Optional;

/** A mapping; entries keep file order and their key's position. */
public record MapNode(int line, int column, List<Entry> entries) implements Node {

    /** One {@code key: value} pair; the position is the key's. */
    public record Entry(String key, int line, int column, Node value) {}

    public MapNode {
        entries = List.copyOf(entries);
    }

    public Optional<Entry> entry(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    @Override
    public String kind() {
        return "a mapping";
    }
}
