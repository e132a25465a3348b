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
 * A file whose id (its name) no story in profile.yml has is a story by itself, and needs a title.
 */
public record FrontMatter(
        String title,
        String category,
        String summary,
        String problem,
        String approach,
        String impact,
        List<String> metrics,
        List<String> keywords,
        Map<String, int[]> places) {

    /** The keys front matter may set; a story's id is the file's name. */
    public static final List<String> KEYS =
            List.of("title", "category", "summary", "problem", "approach", "impact", "metrics", "keywords");

    /** Whether {@code id} (a story file's name without .md) is usable as a story's id. */
    public static boolean validId(String id) {
        return ProfileReader.ID.matcher(id).matches();
    }

    /** {@code id} made usable: lower-case letters, digits and dashes. */
    public static String suggestedId(String id) {
        return ProfileReader.slug(id);
    }

    public FrontMatter {
        metrics = List.copyOf(metrics);
        keywords = List.copyOf(keywords);
        places = Map.copyOf(places);
    }

    public Set<String> present() {
        return places.keySet();
    }

    /**
     * Reads front matter, checking its keys and that the metrics it names exist in {@code metricIds};
     * {@code alone} when no story in profile.yml has the file's id, so that the file is the whole
     * story and must give its title.
     */
    public static Optional<FrontMatter> read(String file, Node node, Set<String> metricIds, boolean alone,
            Problems problems) {
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
        if (f.has("id")) {
            f.problem("id", "id is the file's name here; remove it, or rename the file");
        }
        String title = alone ? f.required("title", "give the story a title, e.g. title: \"Checkout in 95 ms\"")
                : f.text("title");
        FrontMatter matter = new FrontMatter(title, f.text("category"), f.text("summary"), f.text("problem"),
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
