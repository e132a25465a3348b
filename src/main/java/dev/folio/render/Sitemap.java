package dev.folio.render;

import dev.folio.site.Page;
import dev.folio.site.PageKind;
import dev.folio.site.Site;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** sitemap.xml and robots.txt; both need the site's absolute address. */
final class Sitemap {

    static final String PATH = "sitemap.xml";
    static final String ROBOTS = "robots.txt";

    private Sitemap() {}

    static String sitemap(Site site, String siteUrl, Instant updated) {
        String lastmod = DateTimeFormatter.ISO_LOCAL_DATE.format(updated.atZone(ZoneOffset.UTC));
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
        for (Page page : site.pages()) {
            if (page.kind() == PageKind.NOT_FOUND) {
                continue;
            }
            String loc = siteUrl + (page.kind() == PageKind.HOME ? "" : page.path());
            xml.append("  <url><loc>").append(SiteXml.escape(loc)).append("</loc><lastmod>").append(lastmod)
                    .append("</lastmod></url>\n");
        }
        return xml.append("</urlset>\n").toString();
    }

    static String robots(String siteUrl) {
        return "User-agent: *\nAllow: /\n" + (siteUrl.isEmpty() ? "" : "Sitemap: " + siteUrl + PATH + "\n");
    }
}
