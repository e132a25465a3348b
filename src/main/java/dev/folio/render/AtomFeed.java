package dev.folio.render;

import dev.folio.profile.Profile;
import dev.folio.profile.Story;
import dev.folio.site.Site;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** An Atom feed of the stories, so readers can follow new ones. */
final class AtomFeed {

    static final String PATH = "feed.xml";

    private AtomFeed() {}

    static String of(Profile profile, String title, String siteUrl, Instant updated) {
        String when = DateTimeFormatter.ISO_INSTANT.format(updated);
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n");
        xml.append("  <id>").append(SiteXml.escape(siteUrl)).append("</id>\n");
        xml.append("  <title>").append(SiteXml.escape(title)).append(" — stories</title>\n");
        xml.append("  <link rel=\"alternate\" href=\"").append(SiteXml.escape(siteUrl)).append("\"/>\n");
        xml.append("  <link rel=\"self\" href=\"").append(SiteXml.escape(siteUrl + PATH)).append("\"/>\n");
        xml.append("  <updated>").append(when).append("</updated>\n");
        xml.append("  <author><name>").append(SiteXml.escape(profile.basics().name())).append("</name></author>\n");
        for (Story story : profile.stories()) {
            String url = siteUrl + Site.storyPath(story.id());
            xml.append("  <entry>\n");
            xml.append("    <id>").append(SiteXml.escape(url)).append("</id>\n");
            xml.append("    <title>").append(SiteXml.escape(story.title())).append("</title>\n");
            xml.append("    <link rel=\"alternate\" href=\"").append(SiteXml.escape(url)).append("\"/>\n");
            xml.append("    <updated>").append(when).append("</updated>\n");
            String summary = story.summary().isEmpty() ? story.problem() : story.summary();
            if (!summary.isEmpty()) {
                xml.append("    <summary>").append(SiteXml.escape(summary)).append("</summary>\n");
            }
            xml.append("  </entry>\n");
        }
        return xml.append("</feed>\n").toString();
    }
}
