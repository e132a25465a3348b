package dev.folio.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The site in src/test/resources/check/everything holds every internal case once; its report is exact. */
class FixtureSiteTest {

    static final Path SITE = Path.of("src/test/resources/check/everything");
    static final SiteAddress ADDRESS = SiteAddress.of("https://alex.example.com/portfolio/");

    static List<String> lines(CheckReport report) {
        return report.problems().stream().map(p -> p.severity().label() + ": " + p.format()).toList();
    }

    @Test
    void everyCaseIsReportedAtItsPlace() throws IOException {
        CheckReport report = new LinkChecker(ADDRESS, CheckConfig.defaults()).check(SITE);

        assertEquals(List.of(
                "warning: 404.html:7:1: href \"favicon.svg\": 404.html is served at any address, where this relative"
                        + " link leads elsewhere; use a root-relative link such as /portfolio/favicon.svg"
                        + " [relative-link-in-404]",
                "error: css/site.css:2:20: url \"../img/bg.png\": file not found: img/bg.png [broken-link]",
                "error: index.html:8:1: href \"https://alex.example.com/portfolio/de/\": file not found:"
                        + " de/index.html [broken-link]",
                "error: index.html:12:1: content \"https://alex.example.com/portfolio/img/card.png\": file not found:"
                        + " img/card.png [broken-link]",
                "error: index.html:14:1: src \"http://cdn.example.com/lib.js\": loaded over http: on an https site,"
                        + " browsers block or flag it; use https: [insecure-resource]",
                "error: index.html:16:21: url \"img/hero.png\": file not found: img/hero.png [broken-link]",
                "error: index.html:24:53: href \"stories/first.html#nope\": no element with id \"nope\" in"
                        + " stories/first.html [broken-fragment]",
                "error: index.html:25:4: href \"Stories/First.html\": file differs in case: found stories/first.html"
                        + " [case-mismatch]",
                "error: index.html:26:55: href \"/stories/first.html\": not under the base path /portfolio/"
                        + " [broken-link]",
                "error: index.html:27:4: href \"https://alex.example.com/portfolio/stories/second.html\": file not"
                        + " found: stories/second.html [broken-link]",
                "error: index.html:29:4: href \"javascript:void(0)\": javascript: URLs are not allowed; link to a"
                        + " page, or use a <button> for an action [javascript-url]",
                "warning: index.html:29:44: href \"ftp://files.example.com/cv.pdf\": unknown scheme \"ftp:\"; only"
                        + " http, https, mailto, tel and data are checked [unknown-scheme]",
                "error: index.html:30:47: href \"mailto:alex.example.com\": \"alex.example.com\" is not an e-mail"
                        + " address; write mailto:name@example.com [invalid-mailto]",
                "error: index.html:31:36: href \"tel:call-me\": \"call-me\" is not a phone number; write digits with"
                        + " an optional leading +, e.g. tel:+1-555-0100, and any digits to dial after a pause behind a"
                        + " comma: tel:+1-555-0100,22 [invalid-tel]",
                "error: index.html:33:1: id \"about\": also the id of the element at 22:1; make each id unique"
                        + " within the page [duplicate-id]",
                "error: index.html:34:1: srcset \"img/me@2x.png\": file not found: img/me@2x.png [broken-link]",
                "error: index.html:35:1: src \"img/me.png\": <img> has no alt attribute; describe the image in"
                        + " alt=\"…\", or write alt=\"\" if it is decorative [missing-alt]",
                "error: index.html:36:1: src \"http://alex.example.com/portfolio/img/me.png\": loaded over http: on"
                        + " an https site, browsers block or flag it; use https: [insecure-resource]",
                "error: index.html:37:1: src \"http://video.example.com/embed/1\": loaded over http: on an https"
                        + " site, browsers block or flag it; use https: [insecure-resource]",
                "error: index.html:38:1: style \"img/bg.png\": file not found: img/bg.png [broken-link]",
                "error: moved.html:1:1: the page has no <title>; add <title>…</title> to its <head> [missing-title]",
                "warning: moved.html:1:1: <html> has no lang attribute; name the page's language, e.g."
                        + " <html lang=\"en\"> [missing-lang]",
                "warning: moved.html:1:1: the page has no <meta name=\"description\">; add one that describes the"
                        + " page in a sentence [missing-description]",
                "error: moved.html:1:1: content \"stories/gone.html\": file not found: stories/gone.html"
                        + " [broken-link]",
                "error: sitemap.xml:5:8: loc \"https://alex.example.com/portfolio/stories/missing.html\": file not"
                        + " found: stories/missing.html [broken-link]",
                "error: sitemap.xml:6:8: loc \"https://other.example.com/portfolio/stories/first.html\": not an"
                        + " address of this site (https://alex.example.com/portfolio/); a sitemap lists only its own"
                        + " site's pages [broken-link]",
                "error: sitemap.xml:7:8: loc \"/portfolio/stories/first.html\": a sitemap lists full addresses;"
                        + " write https://alex.example.com/portfolio/… [broken-link]",
                // <base href="../"> makes "#results" name index.html, as in a browser
                "error: stories/first.html:11:4: href \"#results\": no element with id \"results\" in index.html"
                        + " [broken-fragment]",
                "warning: stories/index.html:2:1: <html> has no lang attribute; name the page's language, e.g."
                        + " <html lang=\"en\"> [missing-lang]",
                "warning: stories/index.html:5:1: the meta description is empty; describe the page in a sentence"
                        + " [missing-description]"),
                lines(report));
        assertEquals(List.of("404.html", "css/reset.css", "css/site.css", "index.html", "moved.html", "sitemap.xml",
                "stories/first.html", "stories/index.html"), report.files());
        assertEquals(5, report.pagesChecked());
        assertEquals(52, report.linksChecked()); // preconnect is not a link
        assertEquals(24, report.errors().size());
        assertEquals(6, report.warnings().size());
        assertFalse(report.ok());
    }

    @Test
    void externalLinksAreCollectedWithTheirPlacesButNotJudgedOffline() throws IOException {
        assertEquals(List.of(), new LinkChecker(ADDRESS, CheckConfig.defaults()).check(SITE).external());
        CheckReport report = new LinkChecker(ADDRESS, CheckConfig.defaults()).collectingExternalLinks().check(SITE);

        assertEquals(List.of(
                new ExternalRef("index.html", 14, 1, "src", "http://cdn.example.com/lib.js"),
                new ExternalRef("index.html", 28, 1, "href", "https://alex.example.com/blog/"),
                new ExternalRef("index.html", 37, 1, "src", "http://video.example.com/embed/1")),
                report.external());
    }

    @Test
    void severitiesDecideWhatIsAnErrorAndWhatIsLeftOut() throws IOException {
        Map<String, String> lenient = new java.util.HashMap<>();
        for (Kind kind : Kind.values()) {
            lenient.put(kind.id(), kind.defaultSeverity() == Severity.ERROR ? "warn" : "ignore");
        }
        lenient.put("insecure-resource", "ignore");
        CheckReport report = new LinkChecker(ADDRESS, CheckConfig.of(lenient)).check(SITE);

        assertTrue(report.ok());
        assertEquals(List.of(), report.errors());
        assertEquals(21, report.warnings().size()); // 24 errors less the 3 insecure resources
        assertTrue(report.problems().stream().noneMatch(p -> p.kind() == Kind.INSECURE_RESOURCE
                || p.kind() == Kind.MISSING_LANG));
    }

    @Test
    void withoutTheHostAbsoluteLinksAreExternalAndNothingIsInsecure() throws IOException {
        CheckReport report = new LinkChecker(SiteAddress.of("/portfolio/"), CheckConfig.defaults())
                .collectingExternalLinks().check(SITE);

        List<String> lines = lines(report);
        assertTrue(lines.stream().noneMatch(l -> l.contains("[insecure-resource]")), lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.startsWith("error: index.html:8:1:")), "alternate is external");
        // without a host, a sitemap entry is judged by its path alone
        assertEquals(List.of(
                "error: sitemap.xml:5:8: loc \"https://alex.example.com/portfolio/stories/missing.html\": file not"
                        + " found: stories/missing.html [broken-link]",
                "error: sitemap.xml:7:8: loc \"/portfolio/stories/first.html\": a sitemap lists full addresses;"
                        + " write https://example.com/… [broken-link]"),
                lines.stream().filter(l -> l.contains("sitemap.xml")).toList());
        assertEquals(9, report.external().size()); // canonical, og:image, ... are not known to be the site's
    }
}
