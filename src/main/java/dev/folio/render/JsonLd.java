package dev.folio.render;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.folio.profile.Basics;
import dev.folio.profile.Profile;
import dev.folio.profile.SocialProfile;
import dev.folio.profile.Story;
import gg.jte.Content;
import gg.jte.TemplateOutput;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * schema.org structured data for a page, serialised by Jackson and made safe to sit inside a
 * {@code <script>} element: {@code <}, {@code >}, {@code &} and the JavaScript line separators
 * are written as unicode escapes, so no field can close the element.
 */
public final class JsonLd implements Content {

    public static final JsonLd NONE = new JsonLd("");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String json;

    private JsonLd(String json) {
        this.json = json;
    }

    /** Loads the JSON writer by writing a scrap of JSON; see {@link Renderer#warmUp}. */
    static void warmUp() {
        ObjectNode node = JSON.createObjectNode();
        node.putArray("a").add("b");
        try {
            JSON.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A Person for the home page. */
    static JsonLd person(Profile profile, String siteUrl, String imageUrl) {
        ObjectNode person = person(profile.basics(), siteUrl);
        Basics b = profile.basics();
        put(person, "description", b.summary().isEmpty() ? b.headline() : b.summary());
        put(person, "email", b.email().isEmpty() ? "" : "mailto:" + b.email());
        put(person, "telephone", b.phone());
        put(person, "image", imageUrl);
        if (!b.location().display().isEmpty()) {
            ObjectNode address = person.putObject("address");
            address.put("@type", "PostalAddress");
            put(address, "addressLocality", b.location().city());
            put(address, "addressRegion", b.location().region());
            put(address, "addressCountry", b.location().countryCode());
        }
        ArrayNode sameAs = JSON.createArrayNode();
        if (!b.url().isEmpty() && !b.url().equals(siteUrl)) {
            sameAs.add(b.url());
        }
        for (SocialProfile p : b.profiles()) {
            if (!p.url().isEmpty()) {
                sameAs.add(p.url());
            }
        }
        if (!sameAs.isEmpty()) {
            person.set("sameAs", sameAs);
        }
        profile.work().stream().filter(w -> w.current()).findFirst().ifPresent(w -> {
            ObjectNode org = person.putObject("worksFor");
            org.put("@type", "Organization");
            org.put("name", w.name());
        });
        if (!profile.education().isEmpty()) {
            ArrayNode alumni = person.putArray("alumniOf");
            profile.education().forEach(e -> alumni.addObject().put("@type", "EducationalOrganization")
                    .put("name", e.institution()));
        }
        Set<String> skills = new LinkedHashSet<>();
        profile.skills().forEach(g -> skills.addAll(g.keywords()));
        if (!skills.isEmpty()) {
            ArrayNode knows = person.putArray("knowsAbout");
            skills.forEach(knows::add);
        }
        return of(person);
    }

    /** An Article for a story page. */
    static JsonLd article(Profile profile, Story story, String pageUrl, String siteUrl) {
        ObjectNode article = JSON.createObjectNode();
        article.put("@context", "https://schema.org");
        article.put("@type", "Article");
        article.put("headline", story.title());
        put(article, "description", story.summary());
        put(article, "url", pageUrl);
        if (!story.keywords().isEmpty()) {
            article.put("keywords", String.join(", ", story.keywords()));
        }
        ObjectNode author = person(profile.basics(), siteUrl);
        author.remove("@context");
        article.set("author", author);
        return of(article);
    }

    private static ObjectNode person(Basics b, String siteUrl) {
        ObjectNode person = JSON.createObjectNode();
        person.put("@context", "https://schema.org");
        person.put("@type", "Person");
        person.put("name", b.name());
        put(person, "jobTitle", b.label());
        put(person, "url", !siteUrl.isEmpty() ? siteUrl : b.url());
        return person;
    }

    private static void put(ObjectNode node, String key, String value) {
        if (!value.isEmpty()) {
            node.put(key, value);
        }
    }

    private static JsonLd of(ObjectNode node) {
        try {
            return new JsonLd(escape(JSON.writeValueAsString(node)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise structured data", e);
        }
    }

    /** Makes JSON safe inside a script element; the result is still the same JSON value. */
    static String escape(String json) {
        StringBuilder out = new StringBuilder(json.length() + 16);
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            switch (c) {
                case '<' -> out.append("\\u003c");
                case '>' -> out.append("\\u003e");
                case '&' -> out.append("\\u0026");
                case '\u2028' -> out.append("\\u2028");
                case '\u2029' -> out.append("\\u2029");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(json);
    }

    @Override
    public boolean isEmptyContent() {
        return json.isEmpty();
    }

    @Override
    public String toString() {
        return json;
    }
}
