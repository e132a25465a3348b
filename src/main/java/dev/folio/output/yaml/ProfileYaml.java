package dev.folio.output.yaml;

import dev.folio.input.yaml.ProfileReader;
import dev.folio.input.yaml.YamlReader;
import dev.folio.problem.Problem;
import dev.folio.problem.Problems;
import dev.folio.profile.Award;
import dev.folio.profile.Basics;
import dev.folio.profile.Education;
import dev.folio.profile.Language;
import dev.folio.profile.Location;
import dev.folio.profile.Metric;
import dev.folio.profile.PartialDate;
import dev.folio.profile.Principle;
import dev.folio.profile.Profile;
import dev.folio.profile.Project;
import dev.folio.profile.Section;
import dev.folio.profile.SkillGroup;
import dev.folio.profile.SocialProfile;
import dev.folio.profile.Story;
import dev.folio.profile.Work;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;

/**
 * Writes a {@link Profile} as {@code profile.yml} in the style of the sample: keys in the order
 * folio documents them, text double-quoted, long prose folded, Markdown as literal blocks, keyword
 * lists on one line. Empty values are left out. Deterministic: the same profile gives the same bytes.
 * Story bodies are not part of it; they live in {@code stories/<id>.md}.
 */
public final class ProfileYaml {

    private final StringBuilder out = new StringBuilder();
    private final java.util.Map<String, List<String>> reviews;

    private ProfileYaml(java.util.Map<String, List<String>> reviews) {
        this.reviews = reviews;
    }

    /**
     * The YAML text, opening with {@code header} as comment lines. Checks that folio's own loader
     * reads it back as the same profile (without story bodies).
     *
     * @throws IllegalStateException when it does not: a bug in folio, never the user's input
     */
    public static String write(Profile profile, List<String> header) {
        return write(profile, header, java.util.Map.of());
    }

    /**
     * As {@link #write(Profile, List)}, with a {@code # REVIEW: reason} comment line above each field
     * named in {@code reviews} by its path: {@code basics.name}, {@code work[0].position},
     * {@code work[0].highlights[2]}, or a whole item such as {@code metrics[3]}.
     */
    public static String write(Profile profile, List<String> header, java.util.Map<String, List<String>> reviews) {
        ProfileYaml yaml = new ProfileYaml(reviews);
        for (String line : header) {
            String clean = line.replaceAll("\\p{Cntrl}|[\u0085\u2028\u2029]", " ").strip();
            yaml.out.append(clean.isEmpty() ? "#" : "# " + clean).append('\n');
        }
        yaml.profile(profile);
        String text = yaml.out.toString();
        verify(profile, text);
        return text;
    }

    private static void verify(Profile profile, String text) {
        Problems problems = new Problems();
        String file = "profile.yml";
        Optional<Profile> back = new YamlReader().read(file, text.getBytes(StandardCharsets.UTF_8), problems)
                .flatMap(node -> ProfileReader.read(file, node, problems));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("the written profile does not load: " + problems.sorted().stream()
                    .map(Problem::format).collect(Collectors.joining("; ")));
        }
        if (!back.orElseThrow().equals(withoutBodies(profile))) {
            throw new IllegalStateException("the written profile loads as a different profile");
        }
    }

    /** The profile as profile.yml alone holds it: story bodies empty. */
    public static Profile withoutBodies(Profile p) {
        List<Story> stories = p.stories().stream().map(s -> new Story(s.id(), s.title(), s.category(), s.summary(),
                s.problem(), s.approach(), s.impact(), s.metrics(), s.keywords(), "")).toList();
        return new Profile(p.basics(), p.work(), p.education(), p.skills(), p.projects(), p.awards(), p.languages(),
                p.metrics(), stories, p.principles(), p.sections());
    }

    private void profile(Profile p) {
        top("basics");
        basics(p.basics());
        list("work", p.work(), true, this::work);
        list("education", p.education(), false, this::education);
        list("skills", p.skills(), false, this::skill);
        list("projects", p.projects(), true, this::project);
        list("awards", p.awards(), false, this::award);
        list("languages", p.languages(), false, this::language);
        list("metrics", p.metrics(), false, this::metric);
        list("stories", p.stories(), true, this::story);
        list("principles", p.principles(), false, this::principle);
        list("sections", p.sections(), true, this::section);
    }

    private void top(String key) {
        if (out.length() > 0) {
            out.append('\n');
        }
        comment(0, key);
        out.append(key).append(":\n");
    }

    /** The review comments for {@code path}, each on its own line at {@code indent}. */
    private void comment(int indent, String path) {
        for (String reason : reviews.getOrDefault(path, List.of())) {
            String clean = reason.replaceAll("\\p{Cntrl}|[\u0085\u2028\u2029]", " ").strip();
            out.append(" ".repeat(indent)).append("# REVIEW: ").append(clean).append('\n');
        }
    }

    private void basics(Basics b) {
        Item i = new Item(2, false, "basics");
        i.text("name", b.name());
        i.text("label", b.label());
        i.text("headline", b.headline());
        i.text("image", b.image());
        i.text("email", b.email());
        i.text("phone", b.phone());
        i.text("url", b.url());
        i.prose("summary", b.summary());
        Location l = b.location();
        if (!l.city().isEmpty() || !l.region().isEmpty() || !l.countryCode().isEmpty()) {
            i.key("location");
            out.append('\n');
            Item loc = new Item(4, false, "basics.location");
            loc.text("city", l.city());
            loc.text("region", l.region());
            loc.text("countryCode", l.countryCode());
        }
        if (!b.profiles().isEmpty()) {
            i.key("profiles");
            out.append('\n');
            for (int n = 0; n < b.profiles().size(); n++) {
                SocialProfile s = b.profiles().get(n);
                Item p = new Item(6, true, "basics.profiles[" + n + "]");
                p.text("network", s.network());
                p.text("username", s.username());
                p.text("url", s.url());
            }
        }
    }

    private <T> void list(String key, List<T> items, boolean spaced, BiConsumer<Item, T> writer) {
        if (items.isEmpty()) {
            return;
        }
        top(key);
        for (int n = 0; n < items.size(); n++) {
            if (spaced && n > 0) {
                out.append('\n');
            }
            writer.accept(new Item(4, true, key + "[" + n + "]"), items.get(n));
        }
    }

    private void work(Item i, Work w) {
        i.text("name", w.name());
        i.text("position", w.position());
        i.text("location", w.location());
        i.text("url", w.url());
        i.date("startDate", w.startDate());
        i.date("endDate", w.endDate());
        i.prose("summary", w.summary());
        i.lines("highlights", w.highlights());
        i.flow("keywords", w.keywords());
    }

    private void education(Item i, Education e) {
        i.text("institution", e.institution());
        i.text("area", e.area());
        i.text("studyType", e.studyType());
        i.date("startDate", e.startDate());
        i.date("endDate", e.endDate());
        i.text("score", e.score());
    }

    private void skill(Item i, SkillGroup g) {
        i.text("name", g.name());
        i.flow("keywords", g.keywords());
    }

    private void project(Item i, Project p) {
        i.text("name", p.name());
        i.text("description", p.description());
        i.text("url", p.url());
        i.date("startDate", p.startDate());
        i.date("endDate", p.endDate());
        i.lines("highlights", p.highlights());
        i.flow("keywords", p.keywords());
    }

    private void award(Item i, Award a) {
        i.text("title", a.title());
        i.date("date", a.date());
        i.text("awarder", a.awarder());
        i.text("summary", a.summary());
    }

    private void language(Item i, Language l) {
        i.text("language", l.language());
        i.text("fluency", l.fluency());
    }

    private void metric(Item i, Metric m) {
        i.text("id", m.id());
        i.text("label", m.label());
        i.text("value", m.value());
        i.text("before", m.before());
        i.text("after", m.after());
        i.text("unit", m.unit());
        i.text("direction", m.direction().map(d -> d.key()).orElse(""));
        i.text("context", m.context());
    }

    private void story(Item i, Story s) {
        i.text("id", s.id());
        i.text("title", s.title());
        i.text("category", s.category());
        i.text("summary", s.summary());
        i.prose("problem", s.problem());
        i.prose("approach", s.approach());
        i.prose("impact", s.impact());
        i.flow("metrics", s.metrics());
        i.flow("keywords", s.keywords());
    }

    private void principle(Item i, Principle p) {
        i.text("title", p.title());
        i.text("text", p.text());
    }

    private void section(Item i, Section s) {
        i.text("title", s.title());
        i.markdown("body", s.body());
    }

    /**
     * One mapping at a given indent; as a list item its first key follows {@code "- "} and the
     * others line up under it.
     */
    private final class Item {

        private final int indent;
        private boolean dash;
        private final String path;

        Item(int indent, boolean listItem, String path) {
            this.indent = indent;
            this.dash = listItem;
            this.path = path;
            if (listItem) {
                comment(indent - 2, path);
            }
        }

        /** Writes the indentation and {@code key:}, with the list dash before the first key. */
        void key(String key) {
            comment(indent, path + "." + key);
            if (dash) {
                out.append(" ".repeat(indent - 2)).append("- ");
                dash = false;
            } else {
                out.append(" ".repeat(indent));
            }
            out.append(key).append(':');
        }

        void text(String key, String value) {
            if (!value.isEmpty()) {
                key(key);
                out.append(' ').append(YamlScalar.value(value, indent, YamlScalar.Style.PLAIN));
            }
        }

        void markdown(String key, String value) {
            if (!value.isEmpty()) {
                key(key);
                out.append(' ').append(YamlScalar.value(value, indent, YamlScalar.Style.MARKDOWN));
            }
        }

        void prose(String key, String value) {
            if (!value.isEmpty()) {
                key(key);
                out.append(' ').append(YamlScalar.value(value, indent, YamlScalar.Style.PROSE));
            }
        }

        void date(String key, Optional<PartialDate> date) {
            date.ifPresent(d -> text(key, d.iso()));
        }

        void flow(String key, List<String> values) {
            if (!values.isEmpty()) {
                key(key);
                out.append(" [").append(values.stream().map(YamlScalar::quoted).collect(Collectors.joining(", ")))
                        .append("]\n");
            }
        }

        void lines(String key, List<String> values) {
            if (!values.isEmpty()) {
                key(key);
                out.append('\n');
                for (int n = 0; n < values.size(); n++) {
                    String v = values.get(n);
                    comment(indent + 2, path + "." + key + "[" + n + "]");
                    out.append(" ".repeat(indent + 2)).append("- ").append(YamlScalar.value(v, indent + 2, YamlScalar.Style.PLAIN));
                }
            }
        }
    }
}
