package dev.folio.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How URLs resolve: base elements, absolute addresses of the site itself, 404.html, inline CSS, refresh. */
class ResolutionRulesTest {

    @TempDir
    Path site;

    private void write(String path, String content) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    private CheckReport check(String baseUrl) throws IOException {
        return new LinkChecker(SiteAddress.of(baseUrl), LinkCheckerTest.LINKS_ONLY).collectingExternalLinks()
                .check(site);
    }

    private static List<String> formatted(CheckReport report) {
        return report.problems().stream().map(CheckProblem::format).toList();
    }

    @Test
    void baseOutsideTheSiteMakesRelativeLinksExternal() throws IOException {
        write("docs/page.html", """
                <base href="https://docs.example.com/v2/">
                <a href="guide.html">guide</a> <a href="#intro">intro</a> <a href="/about.html">about</a>
                """);

        CheckReport report = check("https://alex.example.com/");

        assertEquals(List.of(), formatted(report));
        assertEquals(List.of(
                new ExternalRef("docs/page.html", 2, 1, "href", "https://docs.example.com/v2/guide.html"),
                new ExternalRef("docs/page.html", 2, 32, "href", "https://docs.example.com/v2/#intro"),
                new ExternalRef("docs/page.html", 2, 59, "href", "https://docs.example.com/about.html")),
                report.external());
    }

    @Test
    void baseInsideTheSiteIsWhereRelativeLinksStart() throws IOException {
        write("index.html", "<h1 id=\"top-story\">Hi</h1>");
        write("blog/post.html", """
                <base href="https://alex.example.com/">
                <a href="index.html#top-story">home</a> <a href="blog/post.html">self</a> <a href="post.html">wrong</a>
                <a href="#top-story">fragment of the base page</a>
                """);
        write("blog/nowhere.html", """
                <base href="/drafts/">
                <a href="a.html">a</a> <a href="#x">x</a>
                """);

        assertEquals(List.of(
                "blog/nowhere.html:2:1: href \"a.html\": file not found: drafts/a.html [broken-link]",
                "blog/nowhere.html:2:24: href \"#x\": the page's <base href> leads to no file of the site [broken-link]",
                "blog/post.html:2:75: href \"post.html\": file not found: post.html [broken-link]"),
                formatted(check("https://alex.example.com/")));
    }

    @Test
    void absoluteAndSchemeRelativeAddressesOfTheSiteAreCheckedAsFiles() throws IOException {
        write("index.html", """
                <link rel="canonical" href="https://alex.example.com/portfolio/">
                <meta property="og:url" content="https://alex.example.com/portfolio/index.html">
                <a href="//alex.example.com/portfolio/cv.html">cv</a>
                <a href="HTTPS://ALEX.EXAMPLE.COM/portfolio/missing.html">missing</a>
                <a href="https://alex.example.com/portfolio/index.html#nope">fragment</a>
                <a href="http://alex.example.com:80/portfolio/">http is the same site</a>
                <a href="https://alex.example.com:8443/portfolio/">another port is not</a>
                <a href="https://alex.example.com/">outside the base path is another site</a>
                """);
        write("cv.html", "<p>cv</p>");

        CheckReport report = check("https://alex.example.com/portfolio/");

        assertEquals(List.of(
                "index.html:4:1: href \"HTTPS://ALEX.EXAMPLE.COM/portfolio/missing.html\": file not found: missing.html"
                        + " [broken-link]",
                "index.html:5:1: href \"https://alex.example.com/portfolio/index.html#nope\": no element with id"
                        + " \"nope\" in index.html [broken-fragment]"),
                formatted(report));
        assertEquals(List.of("https://alex.example.com:8443/portfolio/", "https://alex.example.com/"),
                report.external().stream().map(ExternalRef::url).toList());
    }

    @Test
    void notFoundPageWantsRootRelativeLinksUnlessItHasABase() throws IOException {
        write("404.html", """
                <link rel="stylesheet" href="/css/site.css"><link rel="stylesheet" href="css/site.css">
                <a href="./">home</a> <a href="#main">skip</a> <a href="">here</a> <a href="https://example.com/">x</a>
                <main id="main"></main>
                """);
        write("css/site.css", "body{}");
        write("index.html", "<p>home</p>");
        write("sub/404.html", "<a href=\"../index.html\">not the site's 404 page</a>");
        write("other/404.html", "<base href=\"/\"><a href=\"css/site.css\">fine with a base</a>");

        assertEquals(List.of(
                "404.html:1:45: href \"css/site.css\": 404.html is served at any address, where this relative link"
                        + " leads elsewhere; use a root-relative link such as /css/site.css [relative-link-in-404]",
                "404.html:2:1: href \"./\": 404.html is served at any address, where this relative link leads"
                        + " elsewhere; use a root-relative link such as / [relative-link-in-404]"),
                formatted(check("/")));
    }

    @Test
    void styleElementsRefreshAndOriginHints() throws IOException {
        write("index.html", """
                <head>
                <link rel="preconnect" href="https://fonts.example.com"><link rel="dns-prefetch" href="//cdn.example.com">
                <meta http-equiv="refresh" content="5; URL=&quot;later.html&quot;">
                <meta http-equiv="refresh" content="60">
                <style>body { color: red; }
                  .a { background: url(a.png) } .b { background: url("b.png") }
                </style><style>.c{background:url(c.png)}</style>
                </head>
                """);
        write("a.png", "png");

        CheckReport report = check("/");

        assertEquals(List.of(
                "index.html:3:1: content \"later.html\": file not found: later.html [broken-link]",
                "index.html:6:50: url \"b.png\": file not found: b.png [broken-link]",
                "index.html:7:30: url \"c.png\": file not found: c.png [broken-link]"),
                formatted(report));
        assertEquals(4, report.linksChecked());
    }

    @Test
    void textFragmentsDataUrlsAndTopNeedNoElement() throws IOException {
        write("index.html", """
                <a href="#:~:text=hello">text</a> <a href="#top">top</a> <a href="#TOP">TOP</a>
                <img src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E" alt="">
                <a href="page.html#intro:~:text=more">text in page</a>
                """);
        write("page.html", "<h2 id=\"intro\">Intro</h2>");

        assertEquals(List.of(), formatted(check("/")));
    }

    @Test
    void onlyResourcesAreInsecureAndOnlyOnAnHttpsSite() throws IOException {
        write("index.html", """
                <a href="http://example.com/">a plain link is fine</a>
                <link rel="stylesheet" href="http://cdn.example.com/a.css">
                <link rel="alternate" type="application/rss+xml" href="http://example.com/feed.xml">
                <video poster="http://cdn.example.com/p.jpg"></video>
                <img src="https://cdn.example.com/ok.png" alt="">
                """);

        assertEquals(List.of(
                "index.html:2:1: href \"http://cdn.example.com/a.css\": loaded over http: on an https site, browsers"
                        + " block or flag it; use https: [insecure-resource]",
                "index.html:4:1: poster \"http://cdn.example.com/p.jpg\": loaded over http: on an https site,"
                        + " browsers block or flag it; use https: [insecure-resource]"),
                formatted(check("https://alex.example.com/")));
        assertEquals(List.of(), formatted(check("http://alex.example.com/")));
    }

    @Test
    void aLinkWrittenAsAPathThatBrowsersTakeToAnotherHostIsExternalAndReported() throws IOException {
        // browsers read \ as / in http(s) addresses, drop tabs and newlines, and take any run of slashes at the
        // start as the // before a host
        write("index.html", """
                <a href="/\\evil.example/p">a</a>
                <a href="\\\\evil.example">b</a>
                <a href="/\\/evil.example/">c</a>
                <a href="/&#9;/evil.example/t">d</a>
                <a href="///evil.example/x">e</a>
                <a href="/\\alex.example.com/cv.html">the site's own host</a>
                <a href="stories\\a.html?q=\\#x\\y">a path of the site</a>
                <a href="https:\\\\other.example\\p">another site, written as one</a>
                """);
        write("cv.html", "<p>cv</p>");
        write("stories/a.html", "<p id=\"x\\y\">a</p>");

        CheckReport report = check("https://alex.example.com/");

        assertEquals(List.of(
                "index.html:1:1: href \"/\\evil.example/p\": browsers read \\ as /, so this leads to another host,"
                        + " evil.example; write /evil.example/p for a page of this site, or https://evil.example/p for"
                        + " that host [leaves-site]",
                "index.html:2:1: href \"\\\\evil.example\": browsers read \\ as /, so this leads to another host,"
                        + " evil.example; write /evil.example for a page of this site, or https://evil.example for"
                        + " that host [leaves-site]",
                "index.html:3:1: href \"/\\/evil.example/\": browsers read \\ as / and read a run of slashes at the"
                        + " start as //, so this leads to another host, evil.example; write /evil.example/ for a page"
                        + " of this site, or https://evil.example/ for that host [leaves-site]",
                "index.html:4:1: href \"/\t/evil.example/t\": browsers drop tabs and newlines, so this leads to"
                        + " another host, evil.example; write /evil.example/t for a page of this site, or"
                        + " https://evil.example/t for that host [leaves-site]",
                "index.html:5:1: href \"///evil.example/x\": browsers read a run of slashes at the start as //, so"
                        + " this leads to another host, evil.example; write /evil.example/x for a page of this site,"
                        + " or https://evil.example/x for that host [leaves-site]"),
                formatted(report));
        assertEquals(List.of("https://evil.example/p", "https://evil.example", "https://evil.example/",
                "https://evil.example/t", "https://evil.example/x", "https://other.example/p"),
                report.external().stream().map(ExternalRef::url).toList());
    }
}
