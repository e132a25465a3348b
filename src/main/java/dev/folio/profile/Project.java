package dev.folio.profile;

import java.util.List;
import java.util.Optional;

public record Project(
        String name,
        String description,
        String url,
        Optional<PartialDate> startDate,
        Optional<PartialDate> endDate,
        List<String> highlights,
        List<String> keywords) {

    public Project {
        highlights = List.copyOf(highlights);
        keywords = List.copyOf(keywords);
    }
}
