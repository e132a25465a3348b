package dev.folio.render.view;

import dev.folio.render.Html;
import java.util.List;
import java.util.Optional;

/** A story page: problem, approach, impact, the metrics it moved, its stack and its Markdown body. */
public record StoryView(
        PageInfo page,
        String title,
        String category,
        String summary,
        String problem,
        String approach,
        String impact,
        List<MetricView> metrics,
        List<String> keywords,
        Html body,
        String homeHref,
        Optional<LinkView> previous,
        Optional<LinkView> next,
        ContactView contact) {

    public StoryView {
        metrics = List.copyOf(metrics);
        keywords = List.copyOf(keywords);
    }
}
