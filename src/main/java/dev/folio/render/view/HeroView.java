package dev.folio.render.view;

import java.util.List;

public record HeroView(
        String name,
        String label,
        String headline,
        String summary,
        String location,
        String image,
        List<LinkView> links) {

    public HeroView {
        links = List.copyOf(links);
    }
}
