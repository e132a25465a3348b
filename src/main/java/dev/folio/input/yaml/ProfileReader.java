package dev.folio.input.yaml;

import dev.folio.problem.Problems;
import dev.folio.profile.Award;
import dev.folio.profile.Basics;
import dev.folio.profile.Direction;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Maps the YAML of {@code profile.yml} onto {@link Profile}, collecting every problem. */
public final class ProfileReader {

    /** Ids name files and URLs: lower-case letters, digits and dashes. */
    static final Pattern ID = Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

    private final String file;
    private final Problems problems;
    private final Optional<dev.folio.input.SiteFolder> site;
    private final Map<String, int[]> metricIds = new HashMap<>();
    private final Map<String, int[]> storyIds = new HashMap<>();
    private final List<Reference> references = new ArrayList<>();

    private record Reference(String id, String path, int line, int column) {}

    private ProfileReader(String file, Optional<dev.folio.input.SiteFolder> site, Problems problems) {
        this.file = file;
        this.site = site;
        this.problems = problems;
    }

    /** Reads {@code root}; the profile is only meaningful when {@code problems} stays empty. */
    public static Optional<Profile> read(String file, Node root, Problems problems) {
        return new ProfileReader(file, Optional.empty(), problems).profile(root);
    }

    /**
     * As {@link #read(String, Node, Problems)}, also checking that files it names exist in the
     * site's content/ and that no link on their way leads out of the site folder.
     */
    public static Optional<Profile> read(String file, Node root, dev.folio.input.SiteFolder site, Problems problems) {
        return new ProfileReader(file, Optional.of(site), problems).profile(root);
    }

    private Optional<Profile> profile(Node root) {
        Optional<Fields> top = Fields.of(file, root, "", problems);
        if (top.isEmpty()) {
            return Optional.empty();
        }
        Fields f = top.get();
        if (!f.has("basics")) {
            problems.add(file, 1, 1, "basics is missing; start the file with \"basics:\" and the person's name");
        }
        Basics basics = f.object("basics", this::basics, emptyBasics());
        Profile profile = new Profile(
                basics,
                f.list("work", this::work),
                f.list("education", this::education),
                f.list("skills", g -> new SkillGroup(g.required("name", "name the stack group, e.g. \"Backend\""),
                        g.texts("keywords"))),
                f.list("projects", this::project),
                f.list("awards", a -> new Award(a.required("title", "give the award a title"), a.date("date"),
                        a.text("awarder"), a.text("summary"))),
                f.list("languages", l -> new Language(l.required("language", "name the language"),
                        l.text("fluency"))),
                f.list("metrics", this::metric),
                f.list("stories", this::story),
                f.list("principles", p -> new Principle(p.required("title", "give the principle a title"),
                        p.text("text"))),
                f.list("sections", s -> new Section(s.required("title", "give the section a title"),
                        s.text("body"))));
        f.finish();
        for (Reference ref : references) {
            if (!metricIds.containsKey(ref.id())) {
                String known = metricIds.isEmpty() ? "none are defined under metrics"
                        : "known ids: " + String.join(", ", metricIds.keySet().stream().sorted().toList());
                problems.add(file, ref.line(), ref.column(), ref.path() + " names metric \"" + ref.id()
                        + "\", which does not exist; " + known);
            }
        }
        return Optional.of(profile);
    }

    private static Basics emptyBasics() {
        return new Basics("", "", "", "", "", "", "", "", Location.NONE, List.of());
    }

    private Basics basics(Fields b) {
        return new Basics(
                b.required("name", "add the person's name, e.g. name: Alex Rivera"),
                b.text("label"),
                b.text("headline"),
                b.text("email"),
                b.text("phone"),
                b.url("url"),
                b.text("summary"),
                image(b),
                b.object("location", l -> new Location(l.text("city"), l.text("region"), l.text("countryCode")),
                        Location.NONE),
                b.list("profiles", p -> new SocialProfile(p.required("network", "name the network, e.g. GitHub"),
                        p.text("username"), p.url("url"))));
    }

    /** A picture: a path inside content/ (checked when the folder is known) or an https address. */
    private String image(Fields b) {
        String image = b.text("image");
        if (image.isEmpty()) {
            return image;
        }
        if (image.matches("(?i)https?://\\S+")) {
            return image;
        }
        if (image.contains(":") && !image.matches("^[A-Za-z]:[\\\\/].*")) {
            b.problem("image", b.child("image") + " \"" + image
                    + "\" is neither a file in content/ nor an https:// address; use e.g. images/me.jpg");
            return "";
        }
        if (!image.toLowerCase(java.util.Locale.ROOT).matches(".*\\.(png|jpe?g|gif|webp|avif|svg)")) {
            b.problem("image", b.child("image") + " \"" + image
                    + "\" is not a picture; use a .jpg, .png, .webp, .avif, .gif or .svg file");
            return "";
        }
        if (site.isPresent()) {
            Optional<String> wrong = dev.folio.input.SitePaths.checkInside(site.get(), image);
            if (wrong.isPresent()) {
                b.problem("image", b.child("image") + " \"" + image + "\" " + wrong.get());
                return "";
            }
        }
        return image.replace('\\', '/');
    }

    private Work work(Fields w) {
        Work work = new Work(
                w.required("name", "name the employer"),
                w.text("position"),
                w.text("location"),
                w.url("url"),
                w.date("startDate"),
                w.date("endDate"),
                w.text("summary"),
                w.texts("highlights"),
                w.texts("keywords"));
        checkOrder(w, work.startDate(), work.endDate());
        return work;
    }

    private Education education(Fields e) {
        Education education = new Education(
                e.required("institution", "name the school or university"),
                e.text("area"),
                e.text("studyType"),
                e.date("startDate"),
                e.date("endDate"),
                e.text("score"));
        checkOrder(e, education.startDate(), education.endDate());
        return education;
    }

    private Project project(Fields p) {
        Project project = new Project(
                p.required("name", "name the project"),
                p.text("description"),
                p.url("url"),
                p.date("startDate"),
                p.date("endDate"),
                p.texts("highlights"),
                p.texts("keywords"));
        checkOrder(p, project.startDate(), project.endDate());
        return project;
    }

    private void checkOrder(Fields f, Optional<PartialDate> start, Optional<PartialDate> end) {
        if (start.isPresent() && end.isPresent() && end.get().compareTo(start.get()) < 0) {
            f.problem("endDate", f.child("endDate") + " " + end.get() + " is before startDate "
                    + start.get() + "; swap them or fix the year");
        }
    }

    private Metric metric(Fields m) {
        String id = id(m, metricIds, "metric", "p99-latency");
        String label = m.required("label", "say what the number measures, e.g. label: p99 latency");
        String value = m.text("value");
        String before = m.text("before");
        String after = m.text("after");
        if (value.isEmpty() && before.isEmpty() != after.isEmpty()) {
            String has = before.isEmpty() ? "after" : "before";
            String lacks = before.isEmpty() ? "before" : "after";
            m.problem(has, m.path() + " has " + has + " but no " + lacks + "; give both, or a single value");
        } else if (value.isEmpty() && before.isEmpty()) {
            m.problem("value", m.path() + " has no number; give value: \"-250 ms\", or before: and after:");
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

    private Story story(Fields s) {
        String id = id(s, storyIds, "story", "checkout-migration");
        String title = s.required("title", "give the story a title");
        String category = s.text("category");
        String summary = s.text("summary");
        String problem = s.text("problem");
        String approach = s.text("approach");
        String impact = s.text("impact");
        List<String> metrics = s.texts("metrics");
        List<int[]> places = s.itemPositions("metrics");
        for (int i = 0; i < metrics.size(); i++) {
            int[] at = i < places.size() ? places.get(i) : s.position("metrics");
            references.add(new Reference(metrics.get(i), s.child("metrics") + "[" + i + "]", at[0], at[1]));
        }
        return new Story(id, title, category, summary, problem, approach, impact, metrics, s.texts("keywords"), "");
    }

    private String id(Fields f, Map<String, int[]> seen, String what, String example) {
        String id = f.required("id", "give the " + what + " an id such as \"" + example + "\"");
        int[] at = f.position("id");
        if (id.isEmpty()) {
            return id;
        }
        if (!ID.matcher(id).matches()) {
            f.problem("id", f.child("id") + " \"" + id
                    + "\" is not a valid id; use lower-case letters, digits and dashes, e.g. \""
                    + slug(id) + "\"");
        } else {
            int[] first = seen.putIfAbsent(id, at);
            if (first != null) {
                f.problem("id", f.child("id") + " \"" + id + "\" is already used by the " + what
                        + " on line " + first[0] + "; ids must be unique");
            }
        }
        return id;
    }

    static String slug(String text) {
        String slug = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "item" : slug;
    }
}
