package dev.folio.render.view;

import java.util.List;

/** One technology and the stories and jobs that used it (links relative to the page). */
public record TechView(String name, List<LinkView> usedIn) {

    public TechView {
        usedIn = List.copyOf(usedIn);
    }
}
