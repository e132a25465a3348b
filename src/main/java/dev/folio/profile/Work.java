package dev.folio.profile;

import java.util.List;
import java.util.Optional;

/** One role. {@code name} is the employer (JSON Resume's name); no end date means current. */
public record Work(
        String name,
        String position,
        String location,
        String url,
        Optional<PartialDate> startDate,
        Optional<PartialDate> endDate,
        String summary,
        List<String> highlights,
        List<String> keywords) {

    public Work {
        highlights = List.copyOf(highlights);
        keywords = List.copyOf(keywords);
    }

    public boolean current() {
        return startDate.isPresent() && endDate.isEmpty();
    }
}
