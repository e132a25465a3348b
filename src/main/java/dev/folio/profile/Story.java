package dev.folio.profile;

import java.util.List;

/**
 * An engineering story: problem, approach, impact, the metrics it moved and its stack.
 * {@code body} is the Markdown source from {@code content/stories/<id>.md}, empty when absent.
 */
public record Story(
        String id,
        String title,
        String category,
        String summary,
        String problem,
        String approach,
        String impact,
        List<String> metrics,
        List<String> keywords,
        String body) {

    public Story {
        metrics = List.copyOf(metrics);
        keywords = List.copyOf(keywords);
    }
}
