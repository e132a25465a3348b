package dev.folio.render.view;

import java.util.List;

/** A role; {@code anchor} is its id on the home page, {@code period} reads "Jun 2021 – Present", {@code start}/{@code end} are machine dates. */
public record JobView(
        String anchor,
        String company,
        String position,
        String location,
        String url,
        String period,
        String start,
        String end,
        boolean current,
        String summary,
        List<String> highlights,
        List<String> keywords) {

    public JobView {
        highlights = List.copyOf(highlights);
        keywords = List.copyOf(keywords);
    }
}
