package dev.folio.input.resume;

import dev.folio.input.resume.metrics.FoundMetric;
import dev.folio.input.resume.metrics.MetricFinder;
import dev.folio.input.resume.metrics.StorySplitter;
import dev.folio.profile.Metric;
import dev.folio.profile.Profile;
import dev.folio.profile.Project;
import dev.folio.profile.Story;
import dev.folio.profile.Work;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Metrics from every highlight, and at most one story per role from its richest bullet. */
final class Highlights {

    /** More metrics than this are not kept: no portfolio shows them all. */
    static final int MAX_METRICS = 150;

    private Highlights() {}

    static Profile withMetricsAndStories(Profile p, Reviews reviews) {
        List<Metric> metrics = new ArrayList<>();
        List<Story> stories = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        Set<String> storyIds = new HashSet<>();
        java.util.Map<String, String> seen = new java.util.HashMap<>();
        for (int w = 0; w < p.work().size(); w++) {
            Work work = p.work().get(w);
            int best = 0;
            int bestAt = -1;
            List<String> bestIds = List.of();
            List<FoundMetric> bestFound = List.of();
            for (int h = 0; h < work.highlights().size(); h++) {
                String bullet = work.highlights().get(h);
                List<FoundMetric> found = MetricFinder.find(bullet);
                List<String> made = add(found, bullet, "work[" + w + "].highlights[" + h + "]", work.name(), metrics, ids,
                        seen, reviews);
                int score = StorySplitter.score(bullet, found);
                if (score > best) {
                    best = score;
                    bestAt = h;
                    bestIds = made;
                    bestFound = found;
                }
            }
            if (bestAt >= 0) {
                String bullet = work.highlights().get(bestAt);
                Optional<StorySplitter.Parts> parts = StorySplitter.split(bullet, bestFound);
                if (parts.isPresent()) {
                    StorySplitter.Parts s = parts.get();
                    String id = unique(slug(s.title(), 6), storyIds);
                    List<String> keywords = work.keywords().stream()
                            .filter(k -> bullet.toLowerCase(Locale.ROOT).contains(k.toLowerCase(Locale.ROOT))).toList();
                    reviews.add("stories[" + stories.size() + "]", "written from work[" + w + "].highlights[" + bestAt
                            + "] (" + work.name() + ") in the bullet's own words; tell it as the story it is");
                    stories.add(new Story(id, s.title(), "", "", s.problem(), s.approach(), s.impact(), bestIds, keywords,
                            ""));
                }
            }
        }
        for (int j = 0; j < p.projects().size(); j++) {
            Project project = p.projects().get(j);
            for (int h = 0; h < project.highlights().size(); h++) {
                String bullet = project.highlights().get(h);
                add(MetricFinder.find(bullet), bullet, "projects[" + j + "].highlights[" + h + "]", project.name(), metrics,
                        ids, seen, reviews);
            }
        }
        return new Profile(p.basics(), p.work(), p.education(), p.skills(), p.projects(), p.awards(), p.languages(),
                metrics, stories, p.principles(), p.sections());
    }

    /**
     * Adds the metrics found in one bullet; one that says what an earlier one says (the same label and numbers,
     * as when a résumé repeats "1.3M+ users" in two bullets) is not added again: the bullet refers to the first.
     */
    private static List<String> add(List<FoundMetric> found, String bullet, String path, String where,
            List<Metric> metrics, Set<String> ids, java.util.Map<String, String> seen, Reviews reviews) {
        List<String> made = new ArrayList<>();
        for (FoundMetric f : found) {
            String same = seen.get(sameness(f));
            if (same != null) {
                if (!made.contains(same)) {
                    made.add(same);
                }
                continue;
            }
            if (metrics.size() >= MAX_METRICS) {
                break;
            }
            String id = unique(slug(f.label(), 5), ids);
            seen.put(sameness(f), id);
            reviews.add("metrics[" + metrics.size() + "]", "read \"" + f.source() + "\" in " + path + " (" + where
                    + "); check the label, number and direction");
            metrics.add(new Metric(id, f.label(), f.value(), f.before(), f.after(), f.unit(), f.direction(), bullet));
            made.add(id);
        }
        return made;
    }

    /** What two metrics must share to say the same thing: label, numbers and unit, case and spacing aside. */
    private static String sameness(FoundMetric f) {
        return String.join("\u0000", f.label(), f.value(), f.before(), f.after(), f.unit()).toLowerCase(Locale.ROOT)
                .replaceAll("\\s+", " ").strip();
    }

    static String slug(String text, int maxWords) {
        String s = java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        String[] words = s.split("-");
        if (words.length > maxWords) {
            s = String.join("-", java.util.Arrays.copyOf(words, maxWords));
        }
        return s.isEmpty() ? "item" : s;
    }

    static String unique(String id, Set<String> taken) {
        String out = id;
        int n = 2;
        while (taken.contains(out)) {
            out = id + "-" + n;
            n = n < 64 ? n + 1 : n * 2 + taken.size();
        }
        taken.add(out);
        return out;
    }
}
