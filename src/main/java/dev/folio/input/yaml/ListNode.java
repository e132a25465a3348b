package dev.folio.input.yaml;

import java.util.List;

public record ListNode(int line, int column, List<Node> items) implements Node {

    public ListNode {
        items = List.copyOf(items);
    }

    @Override
    public String kind() {
        return "a list";
    }
}
