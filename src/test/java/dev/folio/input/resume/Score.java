package dev.folio.input.resume;

import dev.folio.profile.Education;
import dev.folio.profile.Metric;
import dev.folio.profile.Profile;
import dev.folio.profile.SkillGroup;
import dev.folio.profile.SocialProfile;
import dev.folio.profile.Work;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Field-level precision and recall of a parsed profile against a hand-written one. A field right
 * counts once as found; a wrong value counts as both a false find and a miss; jobs and schools are
 * paired by their best match first. Metrics are matched by their main number (value, or after).
 */
final class Score {

    /** True positives, false positives, false negatives of one field. */
    static final class Count {
        int tp;
        int fp;
        int fn;

        void add(Count o) {
            tp += o.tp;
            fp += o.fp;
            fn += o.fn;
        }

        double precision() {
            return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }

    final Map<String, Count> fields = new TreeMap<>();
    int metricsExpected;
    int metricsFound;
    int metricsMatched;
    final List<String> misses = new ArrayList<>();

    Count field(String name) {
        return fields.computeIfAbsent(name, k -> new Count());
    }

    Count total() {
        Count t = new Count();
        fields.values().forEach(t::add);
        return t;
    }

    void add(Score o) {
        o.fields.forEach((k, v) -> field(k).add(v));
        metricsExpected += o.metricsExpected;
        metricsFound += o.metricsFound;
        metricsMatched += o.metricsMatched;
        misses.addAll(o.misses);
    }

    static String norm(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replace('’', '\'').replace('–', '-').replace('—', '-')
                .replaceAll("\\s+", " ").strip().replaceAll("[.;,]+$", "");
    }

    void scalar(String field, String where, String expected, String found) {
        Count c = field(field);
        String e = norm(expected);
        String f = norm(found);
        if (e.isEmpty() && f.isEmpty()) {
            return;
        }
        if (e.equals(f)) {
            c.tp++;
            return;
        }
        if (!f.isEmpty()) {
            c.fp++;
        }
        if (!e.isEmpty()) {
            c.fn++;
        }
        misses.add(where + " " + field + ": expected \"" + expected + "\", found \"" + found + "\"");
    }

    void list(String field, String where, List<String> expected, List<String> found) {
        Count c = field(field);
        List<String> rest = new ArrayList<>(found.stream().map(Score::norm).toList());
        for (String e : expected) {
            if (rest.remove(norm(e))) {
                c.tp++;
            } else {
                c.fn++;
                misses.add(where + " " + field + ": missing \"" + e + "\"");
            }
        }
        c.fp += rest.size();
        rest.forEach(r -> misses.add(where + " " + field + ": extra \"" + r + "\""));
    }

    static Score of(String name, Profile expected, Profile found) {
        Score s = new Score();
        var eb = expected.basics();
        var fb = found.basics();
        s.scalar("name", name, eb.name(), fb.name());
        s.scalar("contact", name + " email", eb.email(), fb.email());
        s.scalar("contact", name + " phone", eb.phone(), fb.phone());
        s.scalar("contact", name + " url", eb.url(), fb.url());
        s.scalar("contact", name + " location", eb.location().display(), fb.location().display());
        s.list("contact", name + " profiles", eb.profiles().stream().map(SocialProfile::url).toList(),
                fb.profiles().stream().map(SocialProfile::url).toList());
        pair(expected.work(), found.work(), w -> norm(w.name()) + "|" + norm(w.position()) + "|" + w.startDate(),
                (e, f, i) -> {
                    String where = name + " work[" + i + "]";
                    Work x = f == null ? empty() : f;
                    s.scalar("job.company", where, e.name(), x.name());
                    s.scalar("job.title", where, e.position(), x.position());
                    s.scalar("job.dates", where + " start", str(e.startDate()), str(x.startDate()));
                    s.scalar("job.dates", where + " end", str(e.endDate()), str(x.endDate()));
                    s.scalar("job.location", where, e.location(), x.location());
                    s.list("job.bullets", where, e.highlights(), x.highlights());
                    s.list("job.tech", where, e.keywords(), x.keywords());
                }, f -> {
                    String where = name + " extra work";
                    s.scalar("job.company", where, "", f.name());
                    s.scalar("job.title", where, "", f.position());
                    s.list("job.bullets", where, List.of(), f.highlights());
                });
        pair(expected.education(), found.education(), e -> norm(e.institution()) + "|" + norm(e.studyType()), (e, f, i) -> {
            String where = name + " education[" + i + "]";
            Education x = f == null ? new Education("", "", "", java.util.Optional.empty(), java.util.Optional.empty(), "") : f;
            s.scalar("education", where + " institution", e.institution(), x.institution());
            s.scalar("education", where + " studyType", e.studyType(), x.studyType());
            s.scalar("education", where + " area", e.area(), x.area());
            s.scalar("education", where + " start", str(e.startDate()), str(x.startDate()));
            s.scalar("education", where + " end", str(e.endDate()), str(x.endDate()));
            s.scalar("education", where + " score", e.score(), x.score());
        }, f -> s.scalar("education", name + " extra school", "", f.institution()));
        s.list("skills", name, expected.skills().stream().flatMap(g -> g.keywords().stream()).toList(),
                found.skills().stream().flatMap(g -> g.keywords().stream()).toList());
        s.list("projects", name, expected.projects().stream().map(p -> p.name()).toList(),
                found.projects().stream().map(p -> p.name()).toList());
        s.metricsExpected = expected.metrics().size();
        s.metricsFound = found.metrics().size();
        List<Metric> left = new ArrayList<>(found.metrics());
        for (Metric m : expected.metrics()) {
            Metric hit = left.stream().filter(f -> Math.abs(main(f) - main(m)) < 1e-6 * Math.max(1, main(m)))
                    .findFirst().orElse(null);
            if (hit != null) {
                s.metricsMatched++;
                left.remove(hit);
            } else {
                s.misses.add(name + " metric missed: " + m.number() + " " + m.unit());
            }
        }
        left.forEach(m -> s.misses.add(name + " false metric: " + m.number() + " " + m.unit() + " (" + m.label() + ")"));
        return s;
    }

    static double main(Metric m) {
        String v = m.value().isEmpty() ? m.after() : m.value();
        String s = v.replace(",", "");
        double mult = s.contains("K") ? 1e3 : s.contains("M") ? 1e6 : s.contains("B") ? 1e9 : 1;
        String digits = s.replaceAll("[^0-9.]", "");
        int dash = s.indexOf('-', 1);
        if (dash > 0) {
            digits = s.substring(dash + 1).replaceAll("[^0-9.]", "");
        }
        try {
            return Double.parseDouble(digits) * mult;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Work empty() {
        return new Work("", "", "", "", java.util.Optional.empty(), java.util.Optional.empty(), "", List.of(), List.of());
    }

    private static String str(java.util.Optional<?> o) {
        return o.map(Object::toString).orElse("");
    }

    interface PairAction<T> {
        void accept(T expected, T found, int index);
    }

    /** Pairs each expected item with the found item sharing most of its key parts, in order. */
    static <T> void pair(List<T> expected, List<T> found, Function<T, String> key, PairAction<T> matched,
            java.util.function.Consumer<T> extra) {
        List<T> left = new ArrayList<>(found);
        for (int i = 0; i < expected.size(); i++) {
            T e = expected.get(i);
            String[] ek = key.apply(e).split("\\|", -1);
            T best = null;
            int bestScore = 0;
            for (T f : left) {
                String[] fk = key.apply(f).split("\\|", -1);
                int score = 0;
                for (int k = 0; k < ek.length; k++) {
                    score += Objects.equals(ek[k], fk[k]) && !ek[k].isEmpty() ? 1 : 0;
                }
                if (score > bestScore) {
                    bestScore = score;
                    best = f;
                }
            }
            if (best != null) {
                left.remove(best);
            }
            matched.accept(e, best, i);
        }
        left.forEach(extra);
    }
}
