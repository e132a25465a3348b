package dev.folio.output.jsonresume;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
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
import dev.folio.profile.SiteSettings;
import dev.folio.profile.SocialProfile;
import dev.folio.profile.Story;
import dev.folio.profile.Work;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * Writes a {@link Profile} as a JSON Resume 1.0.0 document. folio's own keys travel under
 * {@code "x-folio"} in the two places both the 1.0.0 schema and the current one leave open:
 * {@code basics["x-folio"]} (headline, picture file) and {@code meta["x-folio"]} (metrics, stories with
 * their Markdown bodies, principles, sections). Keys in JSON Resume's order, two-space indent,
 * deterministic.
 */
public final class ResumeJson {

    /** The schema the document names; the export validates against it. */
    public static final String SCHEMA = "https://raw.githubusercontent.com/jsonresume/resume-schema/v1.0.0/schema.json";
    public static final String VERSION = "v1.0.0";
    public static final String KEY = "x-folio";

    private static final JsonFactory FACTORY = new JsonFactory();

    private final JsonGenerator out;

    private ResumeJson(JsonGenerator out) {
        this.out = out;
    }

    /** The document for {@code profile}; {@code settings.baseUrl()} makes the picture's address absolute. */
    public static String write(Profile profile, SiteSettings settings) {
        StringWriter text = new StringWriter();
        DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        pretty.indentObjectsWith(indenter);
        pretty.indentArraysWith(indenter);
        try (JsonGenerator generator = FACTORY.createGenerator(text)) {
            generator.setPrettyPrinter(pretty);
            new ResumeJson(generator).document(profile, settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text + "\n";
    }

    private void document(Profile p, SiteSettings settings) throws IOException {
        out.writeStartObject();
        text("$schema", SCHEMA);
        basics(p.basics(), settings);
        list("work", p.work(), this::work);
        list("education", p.education(), this::education);
        list("awards", p.awards(), this::award);
        list("skills", p.skills(), this::skill);
        list("languages", p.languages(), this::language);
        list("projects", p.projects(), this::project);
        out.writeObjectFieldStart("meta");
        text("version", VERSION);
        if (!p.metrics().isEmpty() || !p.stories().isEmpty() || !p.principles().isEmpty()
                || !p.sections().isEmpty()) {
            out.writeObjectFieldStart(KEY);
            list("metrics", p.metrics(), this::metric);
            list("stories", p.stories(), this::story);
            list("principles", p.principles(), this::principle);
            list("sections", p.sections(), this::section);
            out.writeEndObject();
        }
        out.writeEndObject();
        out.writeEndObject();
    }

    private void basics(Basics b, SiteSettings settings) throws IOException {
        out.writeObjectFieldStart("basics");
        text("name", b.name());
        text("label", b.label());
        text("image", address(settings.baseUrl(), b.image()));
        text("email", b.email());
        text("phone", b.phone());
        text("url", b.url());
        text("summary", b.summary());
        Location l = b.location();
        if (!l.city().isEmpty() || !l.region().isEmpty() || !l.countryCode().isEmpty()) {
            out.writeObjectFieldStart("location");
            text("city", l.city());
            text("countryCode", l.countryCode());
            text("region", l.region());
            out.writeEndObject();
        }
        list("profiles", b.profiles(), this::profile);
        if (!b.headline().isEmpty() || !b.image().isEmpty()) {
            out.writeObjectFieldStart(KEY);
            text("headline", b.headline());
            text("image", b.image());
            out.writeEndObject();
        }
        out.writeEndObject();
    }

    /** Where the built site serves the picture: the base address and the path, when the base is absolute. */
    static String address(String baseUrl, String image) {
        if (image.isEmpty() || !baseUrl.matches("https?://.*") || image.matches("(?i)https?://.*")) {
            return image;
        }
        StringBuilder path = new StringBuilder(dev.folio.site.Site.MEDIA);
        for (byte b : image.replace('\\', '/').getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
                path.append(c);
            } else {
                path.append(String.format("%%%02X", b & 0xFF));
            }
        }
        return baseUrl + path;
    }

    private void profile(SocialProfile s) throws IOException {
        text("network", s.network());
        text("username", s.username());
        text("url", s.url());
    }

    private void work(Work w) throws IOException {
        text("name", w.name());
        text("position", w.position());
        text("location", w.location());
        text("url", w.url());
        date("startDate", w.startDate());
        date("endDate", w.endDate());
        text("summary", w.summary());
        texts("highlights", w.highlights());
        texts("keywords", w.keywords());
    }

    private void education(Education e) throws IOException {
        text("institution", e.institution());
        text("area", e.area());
        text("studyType", e.studyType());
        date("startDate", e.startDate());
        date("endDate", e.endDate());
        text("score", e.score());
    }

    private void award(Award a) throws IOException {
        text("title", a.title());
        date("date", a.date());
        text("awarder", a.awarder());
        text("summary", a.summary());
    }

    private void skill(SkillGroup g) throws IOException {
        text("name", g.name());
        texts("keywords", g.keywords());
    }

    private void language(Language l) throws IOException {
        text("language", l.language());
        text("fluency", l.fluency());
    }

    private void project(Project p) throws IOException {
        text("name", p.name());
        text("description", p.description());
        texts("highlights", p.highlights());
        texts("keywords", p.keywords());
        date("startDate", p.startDate());
        date("endDate", p.endDate());
        text("url", p.url());
    }

    private void metric(Metric m) throws IOException {
        text("id", m.id());
        text("label", m.label());
        text("value", m.value());
        text("before", m.before());
        text("after", m.after());
        text("unit", m.unit());
        text("direction", m.direction().map(d -> d.key()).orElse(""));
        text("context", m.context());
    }

    private void story(Story s) throws IOException {
        text("id", s.id());
        text("title", s.title());
        text("category", s.category());
        text("summary", s.summary());
        text("problem", s.problem());
        text("approach", s.approach());
        text("impact", s.impact());
        texts("metrics", s.metrics());
        texts("keywords", s.keywords());
        text("body", s.body());
    }

    private void principle(Principle p) throws IOException {
        text("title", p.title());
        text("text", p.text());
    }

    private void section(Section s) throws IOException {
        text("title", s.title());
        text("body", s.body());
    }

    private interface Writer<T> {
        void write(T item) throws IOException;
    }

    private <T> void list(String key, List<T> items, Writer<T> writer) throws IOException {
        if (items.isEmpty()) {
            return;
        }
        out.writeArrayFieldStart(key);
        for (T item : items) {
            out.writeStartObject();
            writer.write(item);
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private void text(String key, String value) throws IOException {
        if (!value.isEmpty()) {
            out.writeStringField(key, value);
        }
    }

    private void texts(String key, List<String> values) throws IOException {
        if (!values.isEmpty()) {
            out.writeArrayFieldStart(key);
            for (String v : values) {
                out.writeString(v);
            }
            out.writeEndArray();
        }
    }

    private void date(String key, Optional<PartialDate> date) throws IOException {
        if (date.isPresent()) {
            out.writeStringField(key, date.get().iso());
        }
    }
}
