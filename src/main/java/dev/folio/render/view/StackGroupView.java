package dev.folio.render.view;

import java.util.List;

/** A stack group with its technologies. */
public record StackGroupView(String name, List<TechView> items) {

    public StackGroupView {
        items = List.copyOf(items);
    }
}
