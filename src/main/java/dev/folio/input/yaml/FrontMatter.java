package dev.folio.input.yaml;

import dev.folio.problem.Problems;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Story fields written in the YAML front matter of {@code content/stories/<id>.md}, between
 * {@code ---} lines. Only the keys in {@link #present} were given; {@code places} holds where.
 */
public record FrontMatter(
        String category,
        String summary,
        String problem,
        String approach,
        String impact,
        List<String> metrics,
        List<String> keywords,
        Map<String, int[]> places) {

    /** The keys front matter may set; a story's id and title stay in profile.yml. */
    public static final List<String> KEYS =
            List.of("category", "summary", "problem", "approach", "impact", "metrics", "keywords");

    public FrontMatter {
        metrics = List.copyOf(metrics);
        keywords = List.copyOf(keywords);
        places = Map.copyOf(places);
    }

    public Set<String> present() {
        return places.keySet();
    }

    /**
     * Reads front matter, checking its keys and that the metrics it names exist in {@code metricIds}.
     */
    public static Optional<FrontMatter> read(String file, Node node, Set<String> metricIds, Problems problems) {
        Optional<Fields> top = Fields.of(file, node, "", problems);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        Fields f = top.get();
        Map<String, int[]> places = new LinkedHashMap<>();
        for (String key : KEYS) {
            if (f.has(key)) {
                places.put(key, f.position(key));
            }
        }
        if (f.has("id") || f.has("title")) {
            String key = f.has("id") ? "id" : "title";
            f.problem(key, key + " belongs in content/profile.yml under stories; remove it here");
        }
        FrontMatter matter = new FrontMatter(f.text("category"), f.text("summary"), f.text("problem"),
                f.text("approach"), f.text("impact"), f.texts("metrics"), f.texts("keywords"), places);
        List<int[]> metricPlaces = f.itemPositions("metrics");
        for (int i = 0; i < matter.metrics().size(); i++) {
            String id = matter.metrics().get(i);
            if (!metricIds.contains(id)) {
                int[] at = i < metricPlaces.size() ? metricPlaces.get(i) : f.position("metrics");
                problems.add(file, at[0], at[1], "metrics[" + i + "] names metric \"" + id
                        + "\", which does not exist; " + (metricIds.isEmpty() ? "none are defined under metrics"
                        : "known ids: " + String.join(", ", metricIds.stream().sorted().toList())));
            }
        }
        f.finish();
        return Optional.of(matter);
    }
}
