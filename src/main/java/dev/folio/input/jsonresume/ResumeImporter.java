package dev.folio.input.jsonresume;

import dev.folio.input.SitePaths;
import dev.folio.problem.InvalidInputException;
import dev.folio.problem.Problems;
import dev.folio.profile.Award;
import dev.folio.profile.Basics;
import dev.folio.profile.Education;
import dev.folio.profile.Language;
import dev.folio.profile.Location;
import dev.folio.profile.PartialDate;
import dev.folio.profile.Profile;
import dev.folio.profile.Project;
import dev.folio.profile.Section;
import dev.folio.profile.SkillGroup;
import dev.folio.profile.SocialProfile;
import dev.folio.profile.Work;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a JSON Resume document (any 1.x version, including the older {@code company} and
 * {@code website} keys) into folio's {@link Profile}. What folio has no key for is either kept in
 * another form or listed in the {@link ImportReport}; folio's own keys come back from
 * {@code meta["x-folio"]} and {@code basics["x-folio"]}.
 */
public final class ResumeImporter {

    /** The profile read and what happened to the parts folio has no key of the same name for. */
    public record Imported(Profile profile, ImportReport report) {}

    /** Larger files are refused unread: a résumé is a few kilobytes. */
    public static final int MAX_BYTES = JsonTree.MAX_BYTES;

    static final String PICTURE = "folio shows a picture from a file inside the content folder; save it there and "
            + "set basics.image";

    private final Members.Context ctx;
    private final Path contentDir;

    private ResumeImporter(Members.Context ctx, Path contentDir) {
        this.ctx = ctx;
        this.contentDir = contentDir;
    }

    /**
     * Reads {@code bytes} of the file shown as {@code file}.
     *
     * @param contentDir the folder the profile will be written to; basics.image must name a file in it
     * @throws InvalidInputException with every problem found
     */
    public static Imported read(String file, byte[] bytes, Path contentDir) {
        Problems problems = new Problems();
        Notes notes = new Notes();
        Members.Context ctx = new Members.Context(file, problems, notes);
        Optional<Members> root = JsonTree.read(file, bytes, problems).flatMap(v -> Members.of(ctx, v, ""));
        problems.throwIfAny();
        Profile profile = new ResumeImporter(ctx, contentDir).profile(root.orElseThrow());
        problems.throwIfAny();
        return new Imported(profile, notes.report());
    }

    private Profile profile(Members r) {
        r.skip("$schema", Notes.ABOUT_THE_FILE);
        if (!r.has("basics")) {
            ctx.problems().add(ctx.file(), r.line(), r.column(),
                    "basics is missing; add \"basics\": { \"name\": \"…\" } with the person's name");
        }
        Basics basics = r.object("basics", this::basics, Notes.NOT_JSON_RESUME).orElse(emptyBasics());
        List<Work> work = r.list("work", this::work, Notes.NOT_JSON_RESUME);
        List<Education> education = r.list("education", this::education, Notes.NOT_JSON_RESUME);
        List<SkillGroup> skills = r.list("skills", this::skill, Notes.NOT_JSON_RESUME);
        List<Project> projects = r.list("projects", this::project, Notes.NOT_JSON_RESUME);
        List<Award> awards = r.list("awards", a -> new Award(a.required("title", "give the award a title"),
                a.date("date"), a.text("awarder"), a.text("summary")), Notes.NOT_JSON_RESUME);
        List<Language> languages = r.list("languages", l -> new Language(
                l.required("language", "name the language, e.g. \"language\": \"English\""), l.text("fluency")),
                Notes.NOT_JSON_RESUME);
        List<Section> extra = ExtraSections.read(r, ctx.notes());
        FolioKeys.Extensions ext = r.object("meta", m -> m.object(FolioKeys.KEY, x -> FolioKeys.read(ctx, x),
                FolioKeys.NOT_A_FOLIO_KEY).orElse(FolioKeys.Extensions.NONE), Notes.ABOUT_THE_FILE)
                .orElse(FolioKeys.Extensions.NONE);
        r.skip(FolioKeys.KEY, "folio reads its own keys from meta." + FolioKeys.KEY);
        r.finish(Notes.NOT_JSON_RESUME);
        List<Section> sections = new ArrayList<>(ext.sections());
        sections.addAll(extra);
        return new Profile(basics, work, education, skills, projects, awards, languages, ext.metrics(),
                ext.stories(), ext.principles(), sections);
    }

    private static Basics emptyBasics() {
        return new Basics("", "", "", "", "", "", "", "", Location.NONE, List.of());
    }

    private Basics basics(Members b) {
        String name = b.required("name", "add the person's name, e.g. \"name\": \"Alex Rivera\"");
        String label = b.text("label");
        String resumeImage = b.text("image", "picture");
        String email = b.text("email");
        String phone = b.text("phone");
        String url = b.url("url", "website");
        String summary = b.text("summary");
        Location location = b.object("location", l -> {
            l.skip("address", Notes.NO_PLACE);
            l.skip("postalCode", Notes.NO_PLACE);
            return new Location(l.text("city"), l.text("region"), l.text("countryCode"));
        }, Notes.NOT_JSON_RESUME).orElse(Location.NONE);
        List<SocialProfile> profiles = b.list("profiles", p -> new SocialProfile(
                p.required("network", "name the network, e.g. \"network\": \"GitHub\""), p.text("username"),
                p.url("url", null)), Notes.NOT_JSON_RESUME);
        String[] own = b.object(FolioKeys.KEY, x -> new String[] {x.text("headline"), x.text("image")},
                FolioKeys.NOT_A_FOLIO_KEY).orElse(new String[] {"", ""});
        String image = own[1].isEmpty() ? image(b.child("image"), resumeImage)
                : image(b.child(FolioKeys.KEY + ".image"), own[1]);
        return new Basics(name, label, own[0], email, phone, url, summary, image, location, profiles);
    }

    /** A picture folio can show: a file inside the content folder; anything else is noted. */
    private String image(String path, String image) {
        if (image.isEmpty()) {
            return image;
        }
        if (image.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || image.startsWith("//")) {
            ctx.notes().notImported(path + " \"" + image + "\"", PICTURE);
            return "";
        }
        Optional<String> wrong = SitePaths.checkInside(contentDir, image);
        if (wrong.isPresent()) {
            ctx.notes().notImported(path + " \"" + image + "\"", wrong.get() + ", then set basics.image");
            return "";
        }
        return image;
    }

    private Work work(Members w) {
        Work work = new Work(
                w.required("name", "company", "name the employer, e.g. \"name\": \"Example Corp\""),
                w.text("position"),
                w.text("location"),
                w.url("url", "website"),
                w.date("startDate"),
                w.date("endDate"),
                w.text("summary"),
                w.texts("highlights"),
                w.texts("keywords"));
        w.skip("description", Notes.NO_PLACE);
        checkOrder(w, work.startDate(), work.endDate());
        return work;
    }

    private Education education(Members e) {
        Education education = new Education(
                e.required("institution", "name the school or university"),
                e.text("area"),
                e.text("studyType"),
                e.date("startDate"),
                e.date("endDate"),
                e.text("score"));
        e.skip("url", Notes.NO_PLACE);
        e.skip("courses", Notes.NO_PLACE);
        checkOrder(e, education.startDate(), education.endDate());
        return education;
    }

    private SkillGroup skill(Members s) {
        SkillGroup group = new SkillGroup(s.required("name", "name the skill group, e.g. \"name\": \"Backend\""),
                s.texts("keywords"));
        s.skip("level", Notes.NO_PLACE);
        return group;
    }

    private Project project(Members p) {
        Project project = new Project(
                p.required("name", "name the project"),
                p.text("description"),
                p.url("url", "website"),
                p.date("startDate"),
                p.date("endDate"),
                p.texts("highlights"),
                p.texts("keywords"));
        p.skip("roles", Notes.NO_PLACE);
        p.skip("entity", Notes.NO_PLACE);
        p.skip("type", Notes.NO_PLACE);
        checkOrder(p, project.startDate(), project.endDate());
        return project;
    }

    private static void checkOrder(Members m, Optional<PartialDate> start, Optional<PartialDate> end) {
        if (start.isPresent() && end.isPresent() && end.get().compareTo(start.get()) < 0) {
            m.problem("endDate", m.child("endDate") + " " + end.get() + " is before startDate " + start.get()
                    + "; swap them or fix the year");
        }
    }
}
