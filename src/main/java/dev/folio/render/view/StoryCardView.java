package dev.folio.render.view;

import java.util.List;

public record StoryCardView(String id, String title, String category, String summary, String href,
        List<MetricView> metrics) {

    public StoryCardView {
        metrics = List.copyOf(metrics);
    }
}
