package dev.folio.render.view;

import java.util.List;

public record ProjectView(String name, String description, String url, String period, List<String> highlights,
        List<String> keywords) {

    public ProjectView {
        highlights = List.copyOf(highlights);
        keywords = List.copyOf(keywords);
    }
}
