package dev.folio.input.jsonresume;

import dev.folio.problem.Problems;
import dev.folio.profile.Direction;
import dev.folio.profile.Metric;
import dev.folio.profile.Principle;
import dev.folio.profile.Section;
import dev.folio.profile.Story;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * folio's own keys inside a JSON Resume: {@code meta["x-folio"]} holds metrics, stories (with their
 * Markdown bodies), principles and sections. Checked as folio checks them in profile.yml.
 */
final class FolioKeys {

    static final String KEY = "x-folio";
    static final String NOT_A_FOLIO_KEY = "not a key folio knows under " + KEY;

    /** Ids name files and addresses: lower-case letters, digits and dashes. */
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    /** What {@code x-folio} held. */
    record Extensions(List<Metric> metrics, List<Story> stories, List<Principle> principles,
            List<Section> sections) {

        static final Extensions NONE = new Extensions(List.of(), List.of(), List.of(), List.of());
    }

    private record Reference(String id, String path, int line, int column) {}

    private final Members.Context ctx;
    private final Map<String, int[]> metricIds = new HashMap<>();
    private final Map<String, int[]> storyIds = new HashMap<>();
    private final List<Reference> references = new ArrayList<>();

    private FolioKeys(Members.Context ctx) {
        this.ctx = ctx;
    }

    static Extensions read(Members.Context ctx, Members x) {
        return new FolioKeys(ctx).extensions(x);
    }

    private Extensions extensions(Members x) {
        Extensions out = new Extensions(
                x.list("metrics", this::metric, NOT_A_FOLIO_KEY),
                x.list("stories", this::story, NOT_A_FOLIO_KEY),
                x.list("principles", p -> new Principle(p.required("title", "give the principle a title"),
                        p.text("text")), NOT_A_FOLIO_KEY),
                x.list("sections", s -> new Section(s.required("title", "give the section a title"),
                        s.text("body")), NOT_A_FOLIO_KEY));
        Problems problems = ctx.problems();
        for (Reference ref : references) {
            if (!metricIds.containsKey(ref.id())) {
                String known = metricIds.isEmpty() ? "none are defined under metrics"
                        : "known ids: " + String.join(", ", metricIds.keySet().stream().sorted().toList());
                problems.add(ctx.file(), ref.line(), ref.column(), ref.path() + " names metric \"" + ref.id()
                        + "\", which does not exist; " + known);
            }
        }
        return out;
    }

    private Metric metric(Members m) {
        String id = id(m, metricIds, "metric");
        String label = m.required("label", "say what the number measures, e.g. \"label\": \"p99 latency\"");
        String value = m.text("value");
        String before = m.text("before");
        String after = m.text("after");
        if (value.isEmpty() && (before.isEmpty() || after.isEmpty())) {
            m.problem("value", m.path() + " has no number; give \"value\": \"-250 ms\", or \"before\" and \"after\"");
        } else if (!value.isEmpty() && (!before.isEmpty() || !after.isEmpty())) {
            m.problem("before", m.path() + " has both value and before/after; keep one form");
        }
        String directionText = m.text("direction");
        Optional<Direction> direction = Direction.of(directionText);
        if (!directionText.isEmpty() && direction.isEmpty()) {
            m.problem("direction", m.child("direction") + " \"" + directionText
                    + "\" is not a direction; use lower-is-better or higher-is-better");
        }
        return new Metric(id, label, value, before, after, m.text("unit"), direction, m.text("context"));
    }

    private Story story(Members s) {
        String id = id(s, storyIds, "story");
        String title = s.required("title", "give the story a title");
        String category = s.text("category");
        String summary = s.text("summary");
        String problem = s.text("problem");
        String approach = s.text("approach");
        String impact = s.text("impact");
        List<String> metrics = s.texts("metrics");
        List<int[]> places = s.itemPlaces("metrics");
        for (int i = 0; i < metrics.size(); i++) {
            int[] at = i < places.size() ? places.get(i) : new int[] {s.line(), s.column()};
            references.add(new Reference(metrics.get(i), s.child("metrics") + "[" + i + "]", at[0], at[1]));
        }
        List<String> keywords = s.texts("keywords");
        String body = s.rawText("body");
        return new Story(id, title, category, summary, problem, approach, impact, metrics, keywords, body);
    }

    private String id(Members m, Map<String, int[]> seen, String what) {
        String id = m.required("id", "give the " + what + " an id such as \"p99-latency\"");
        if (id.isEmpty()) {
            return id;
        }
        if (!ID.matcher(id).matches()) {
            m.problem("id", m.child("id") + " \"" + id
                    + "\" is not a valid id; use lower-case letters, digits and dashes, e.g. \"" + slug(id) + "\"");
        } else {
            int[] first = seen.putIfAbsent(id, m.place("id"));
            if (first != null) {
                m.problem("id", m.child("id") + " \"" + id + "\" is already used by the " + what
                        + " on line " + first[0] + "; ids must be unique");
            }
        }
        return id;
    }

    private static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "item" : slug;
    }
}
