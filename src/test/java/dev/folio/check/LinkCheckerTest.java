package dev.folio.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkCheckerTest {

    @TempDir
    Path site;

    private void write(String path, String content) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }

    /** Page basics (title, lang, description, alt) are tested in PageRulesTest; here only links count. */
    static final CheckConfig LINKS_ONLY = CheckConfig.of(Map.of("missing-title", "ignore", "missing-lang", "ignore",
            "missing-description", "ignore", "missing-alt", "ignore"));

    private CheckReport check() throws IOException {
        return check("/");
    }

    private CheckReport check(String baseUrl) throws IOException {
        return new LinkChecker(SiteAddress.of(baseUrl), LINKS_ONLY).check(site);
    }

    private static List<String> formatted(CheckReport report) {
        return report.problems().stream().map(CheckProblem::format).toList();
    }

    @Test
    void fragmentsOfOtherPagesAreResolvedWhicheverPageIsReadFirst() throws IOException {
        // 300 pages, each linking to an id of the next one (and, every 50th, to an id that is not there), plus a
        // stylesheet and a sitemap pointing at pages too: pages are read in parallel in any order, and a link to a
        // page not read yet waits for it; the outcome is the same every time
        for (int i = 0; i < 300; i++) {
            String next = "p" + (i + 1) % 300 + ".html";
            write("p" + i + ".html", "<p id=\"s" + i + "\">\n<a href=\"" + next + "#s" + (i + 1) % 300 + "\">next</a>\n"
                    + (i % 50 == 0 ? "<a href=\"" + next + "#gone\">gone</a>\n" : ""));
        }
        write("site.css", "a { background: url(p1.html#s1); }\nb { background: url(p2.html#nope); }\n");
        write("sitemap.xml", "<urlset><url><loc>https://example.com/p3.html#s3</loc></url></urlset>");
        List<String> expected = new java.util.ArrayList<>();
        for (int i = 0; i < 300; i += 50) {
            expected.add("p" + i + ".html:3:1: href \"p" + (i + 1) + ".html#gone\": no element with id \"gone\" in p"
                    + (i + 1) + ".html [broken-fragment]");
        }
        expected.sort(null);
        for (int run = 0; run < 3; run++) {
            CheckReport report = check("https://example.com/");
            List<String> found = formatted(report);
            assertEquals(7, found.size(), String.join("\n", found));
            assertEquals(expected, found.stream().filter(f -> f.startsWith("p")).toList());
            assertTrue(found.stream().anyMatch(f -> f.startsWith("site.css:2:") && f.contains("p2.html#nope")), found.toString());
            assertEquals(302, report.files().size());
            assertEquals(300, report.pagesChecked());
            assertEquals(300 + 6 + 2 + 1, report.linksChecked());
        }
    }

    @Test
    void aFragmentOfAPageThatOnlyRedirectsIsLookedForWhereItLeads() throws IOException {
        // as rustdoc, Hugo aliases and Jekyll's redirect-from write them: a meta refresh at once, and a script that
        // keeps the #fragment
        write("new/page.html", "<h2 id=\"section\">Section</h2>");
        write("old.html", "<meta http-equiv=\"refresh\" content=\"0;URL=new/page.html\">\n"
                + "<script>location.replace(\"new/page.html\" + location.hash);</script>");
        write("older.html", "<meta http-equiv=\"Refresh\" content=\"0; url='old.html'\">");
        write("slow.html", "<meta http-equiv=\"refresh\" content=\"5; url=new/page.html\">");
        write("loop-a.html", "<meta http-equiv=\"refresh\" content=\"0; url=loop-b.html\">");
        write("loop-b.html", "<meta http-equiv=\"refresh\" content=\"0; url=loop-a.html\">");
        write("index.html", """
                <a href="old.html#section">moved</a>
                <a href="older.html#section">moved twice</a>
                <a href="old.html#missing">gone</a>
                <a href="slow.html#section">not at once</a>
                <a href="loop-a.html#x">loop</a>
                """);
        assertEquals(List.of(
                "index.html:3:1: href \"old.html#missing\": no element with id \"missing\" in old.html or in new/page.html,"
                        + " where it redirects [broken-fragment]",
                "index.html:4:1: href \"slow.html#section\": no element with id \"section\" in slow.html [broken-fragment]",
                "index.html:5:1: href \"loop-a.html#x\": no element with id \"x\" in loop-a.html or in loop-b.html, where it"
                        + " redirects [broken-fragment]"), formatted(check()));
        assertEquals(null, HtmlLinks.immediateRefresh("url=x.html"));
        assertEquals(null, HtmlLinks.immediateRefresh("0.5; url=x.html"));
        assertEquals("x.html", HtmlLinks.immediateRefresh("0.0;url=\"x.html\""));
        assertEquals(null, HtmlLinks.immediateRefresh("0"));
    }

    @Test
    void cleanSiteReportsNothing() throws IOException {
        write("index.html", """
                <!doctype html>
                <html><head>
                <link rel="stylesheet" href="css/site.css">
                <link rel="canonical" href="https://example.com/">
                <meta property="og:image" content="https://example.com/img/me.png">
                <script src="js/app.js"></script>
                </head><body>
                <a href="stories/">Stories</a>
                <a href="stories/latency.html#intro">Latency</a>
                <a href="#contact">Contact</a>
                <a href="#">Top</a>
                <a href="">Here</a>
                <a href="mailto:me@example.com">Mail</a>
                <a href="tel:+4912345">Call</a>
                <a href="//cdn.example.com/x.js">CDN</a>
                <img src="img/me.png" srcset="img/me.png 1x, img/me@2x.png 2x" alt="">
                <p id="contact">Say hi</p>
                </body></html>
                """);
        write("stories/index.html", """
                <a href="../index.html">Home</a><a href="latency.html">Latency</a>
                """);
        write("stories/latency.html", """
                <h2 id="intro">Intro</h2><a href="../">Home</a><a href="index.html#top">Up</a>
                <img src="data:image/png;base64,AAAA" alt="">
                """);
        write("css/site.css", """
                /* background: url(missing.png) is only a comment */
                body { background: url("../img/bg.png"); }
                @font-face { src: url(../fonts/inter.woff2) format("woff2"); }
                """);
        write("js/app.js", "console.log('hi');");
        write("img/me.png", "png");
        write("img/me@2x.png", "png");
        write("img/bg.png", "png");
        write("fonts/inter.woff2", "font");

        CheckReport report = check();

        assertEquals(List.of(), formatted(report));
        assertTrue(report.ok());
        assertEquals(3, report.pagesChecked());
        // index: 15 (incl. 2 srcset candidates), stories/index: 2, latency: 3, css: 2
        assertEquals(22, report.linksChecked());
    }

    @Test
    void brokenLinkHasExactPositionAndMessage() throws IOException {
        write("index.html", """
                <!doctype html>
                <html><body>
                <p>See <a href="stories/nope.html">this</a></p>
                  <a href="stories/ok.html">ok</a>
                </body></html>
                """);
        write("stories/ok.html", "<p>ok</p>");

        CheckReport report = check();

        assertEquals(List.of("index.html:3:8: href \"stories/nope.html\": file not found: stories/nope.html [broken-link]"),
                formatted(report));
        CheckProblem link = report.problems().get(0);
        assertEquals(new CheckProblem("index.html", 3, 8, Kind.BROKEN_LINK, Severity.ERROR, "href",
                "stories/nope.html", "file not found: stories/nope.html"), link);
        assertEquals(2, report.pagesChecked());
        assertEquals(2, report.linksChecked());
    }

    @Test
    void brokenFragmentsOnSamePageAndOtherPage() throws IOException {
        write("index.html", """
                <h1 id="top-of-page">Hi</h1>
                <a name="legacy"></a>
                <a href="#top-of-page">ok id</a>
                <a href="#legacy">ok a name</a>
                <a href="#missing">broken</a>
                <a href="stories/x.html#intro">ok</a>
                <a href="stories/x.html#nope">broken</a>
                <a href="#top">top is always fine</a>
                """);
        write("stories/x.html", """
                <section id="intro">Intro</section>
                <a href="#intro">ok</a> <a href="../index.html#legacy">ok</a> <a href="#gone">broken</a>
                """);

        CheckReport report = check();

        assertEquals(List.of(
                "index.html:5:1: href \"#missing\": no element with id \"missing\" in index.html [broken-fragment]",
                "index.html:7:1: href \"stories/x.html#nope\": no element with id \"nope\" in stories/x.html [broken-fragment]",
                "stories/x.html:2:63: href \"#gone\": no element with id \"gone\" in stories/x.html [broken-fragment]"),
                formatted(report));
    }

    @Test
    void fragmentInLinkToNonHtmlFileIsIgnored() throws IOException {
        write("index.html", "<a href=\"docs/cv.pdf#page=2\">CV</a><img src=\"icons.svg#home\">");
        write("docs/cv.pdf", "%PDF");
        write("icons.svg", "<svg/>");

        assertTrue(check().ok());
    }

    @Test
    void missingImageStylesheetAndScript() throws IOException {
        write("index.html", """
                <html><head>
                    <link rel="stylesheet" href="css/site.css">
                    <script src="js/app.js"></script>
                </head><body>
                    <img src="img/me.png" alt="me">
                    <video src="media/demo.mp4" poster="media/poster.jpg"></video>
                    <audio src="media/talk.mp3"></audio>
                    <iframe src="embed/demo.html"></iframe>
                </body></html>
                """);
        write("media/demo.mp4", "mp4");

        CheckReport report = check();

        assertEquals(List.of(
                "index.html:2:5: href \"css/site.css\": file not found: css/site.css [broken-link]",
                "index.html:3:5: src \"js/app.js\": file not found: js/app.js [broken-link]",
                "index.html:5:5: src \"img/me.png\": file not found: img/me.png [broken-link]",
                "index.html:6:5: poster \"media/poster.jpg\": file not found: media/poster.jpg [broken-link]",
                "index.html:7:5: src \"media/talk.mp3\": file not found: media/talk.mp3 [broken-link]",
                "index.html:8:5: src \"embed/demo.html\": file not found: embed/demo.html [broken-link]"),
                formatted(report));
        assertEquals(7, report.linksChecked());
    }

    @Test
    void brokenUrlInCssFileAndStyleAttribute() throws IOException {
        write("index.html", """
                <link rel="stylesheet" href="css/site.css">
                <div style="background-image: url('img/hero.png')"></div>
                <div style="background: url(img/ok.png)"></div>
                """);
        write("img/ok.png", "png");
        write("css/site.css", """
                @import "reset.css";
                /* url(commented-out.png) */
                body {
                  background: url("../img/bg.png") no-repeat;
                  content: "url(not-a-url.png)";
                }
                .logo { background: URL( ../img/ok.png ); }
                """);

        CheckReport report = check();

        assertEquals(List.of(
                "css/site.css:1:1: @import \"reset.css\": file not found: css/reset.css [broken-link]",
                "css/site.css:4:15: url \"../img/bg.png\": file not found: img/bg.png [broken-link]",
                "index.html:2:1: style \"img/hero.png\": file not found: img/hero.png [broken-link]"),
                formatted(report));
        assertEquals(1, report.pagesChecked());
        assertEquals(6, report.linksChecked());
    }

    @Test
    void unterminatedCssIsReportedWhereItStartsAndTheRulesAfterItAreStillChecked() throws IOException {
        write("index.html", """
                <link rel="stylesheet" href="site.css">
                <style>
                .a { background: url('a.png }
                .b { background: url(b.png) }
                </style>
                <div style="background: url(c d.png)"></div>
                <div style="background: image-set('d.png' 1x, url(e.png) 2x)"></div>
                """);
        write("site.css", ".x { background: url(\"x.png) }\n.y { background: -webkit-image-set(\"y.png\" 1x) }\n");
        write("d.png", "png");

        CheckReport report = check();

        String unclosed = "the address has no closing quote, so browsers load nothing and may skip the rules that"
                + " follow; close it: url(\"…\") [broken-link]";
        assertEquals(List.of(
                "index.html:3:18: url \"a.png }\": " + unclosed,
                "index.html:4:18: url \"b.png\": file not found: b.png [broken-link]",
                "index.html:6:1: style \"c d.png\": an address in url( without quotes cannot hold spaces, quotes or"
                        + " \"(\", so browsers load nothing; quote it: url(\"…\") [broken-link]",
                "index.html:7:1: style \"e.png\": file not found: e.png [broken-link]",
                "site.css:1:18: url \"x.png) }\": " + unclosed,
                "site.css:2:36: image-set \"y.png\": file not found: y.png [broken-link]"),
                formatted(report));
    }

    @Test
    void everySrcsetCandidateIsChecked() throws IOException {
        write("index.html", """
                <picture>
                  <source type="image/webp" srcset="img/a-480.webp 480w, img/a-800.webp 800w">
                  <img src="img/a.png" srcset="img/a.png 1x,img/a@2x.png 2x" sizes="(max-width: 600px) 480px, 800px">
                </picture>
                """);
        write("img/a-480.webp", "x");
        write("img/a.png", "x");

        CheckReport report = check();

        assertEquals(List.of(
                "index.html:2:3: srcset \"img/a-800.webp\": file not found: img/a-800.webp [broken-link]",
                "index.html:3:3: srcset \"img/a@2x.png\": file not found: img/a@2x.png [broken-link]"),
                formatted(report));
        assertEquals(5, report.linksChecked());
    }

    @Test
    void directoryLinksResolveToIndexHtml() throws IOException {
        write("index.html", """
                <a href="stories/">slash</a>
                <a href="stories">no slash</a>
                <a href="./">self</a>
                <a href="stories/#list">fragment in index</a>
                <a href="empty/">no index</a>
                <a href="stories/#nope">bad fragment</a>
                """);
        write("stories/index.html", "<ul id=\"list\"></ul>");
        Files.createDirectories(site.resolve("empty"));

        assertEquals(List.of(
                "index.html:5:1: href \"empty/\": file not found: empty/index.html [broken-link]",
                "index.html:6:1: href \"stories/#nope\": no element with id \"nope\" in stories/index.html [broken-fragment]"),
                formatted(check()));
    }

    @Test
    void anExtensionlessLinkLeadsToItsHtmlFileAsStaticHostsServeItUnlessTheOptionIsOff() throws IOException {
        write("index.html", """
                <a href="about">about</a>
                <a href="/about#team">root-relative, with a fragment</a>
                <a href="blog/post">in a folder</a>
                <a href="About">case</a>
                <a href="blog/post#nope">fragment</a>
                <a href="missing">missing</a>
                <a href="blog">a folder wins</a>
                """);
        write("about.html", "<h2 id=\"team\">Team</h2>");
        write("blog/post.html", "<p>post</p>");
        write("blog/index.html", "<p>posts</p>");
        write("blog.html", "<p>not this one</p>");

        assertEquals(List.of(
                "index.html:4:1: href \"About\": file differs in case: found about.html [case-mismatch]",
                "index.html:5:1: href \"blog/post#nope\": no element with id \"nope\" in blog/post.html"
                        + " [broken-fragment]",
                "index.html:6:1: href \"missing\": file not found: missing [broken-link]"),
                formatted(check()));

        String hint = " exists, and GitHub Pages and Netlify serve it at this address: accept such links with"
                + " assume-extension: true under check: in site.yml (folio check --assume-extension), or add .html to"
                + " the link [broken-link]";
        CheckReport strict = new LinkChecker(SiteAddress.of("/"), LINKS_ONLY.withAssumeExtension(false)).check(site);
        assertEquals(List.of(
                "index.html:1:1: href \"about\": file not found: about; about.html" + hint,
                "index.html:2:1: href \"/about#team\": file not found: about; about.html" + hint,
                "index.html:3:1: href \"blog/post\": file not found: blog/post; blog/post.html" + hint,
                "index.html:4:1: href \"About\": file not found: About [broken-link]",
                "index.html:5:1: href \"blog/post#nope\": file not found: blog/post; blog/post.html" + hint,
                "index.html:6:1: href \"missing\": file not found: missing [broken-link]"),
                formatted(strict));
    }

    @Test
    void caseMismatchIsReportedEvenIfTheFilesystemWouldForgiveIt() throws IOException {
        write("index.html", """
                <a href="stories/latency.html">wrong case</a>
                <a href="Stories/Latency.html">right case</a>
                <img src="IMG/photo.PNG">
                """);
        write("Stories/Latency.html", "<p>hi</p>");
        write("img/photo.png", "png");

        assertEquals(List.of(
                "index.html:1:1: href \"stories/latency.html\": file differs in case: found Stories/Latency.html [case-mismatch]",
                "index.html:3:1: src \"IMG/photo.PNG\": file differs in case: found img/photo.png [case-mismatch]"),
                formatted(check()));
    }

    @Test
    void rootRelativeLinksMustStartWithBasePath() throws IOException {
        write("index.html", """
                <a href="/portfolio/stories/x.html">ok</a>
                <a href="/portfolio/">ok</a>
                <a href="/portfolio">ok too</a>
                <a href="/stories/x.html">missing base</a>
                <a href="/portfolio/nope.html">missing file</a>
                <a href="/portfolio/../stories/x.html">dot-dot out of base</a>
                <a href="../outside.html">relative escape</a>
                <link rel="stylesheet" href="/portfolio/css/site.css">
                """);
        write("stories/x.html", "<a href=\"../index.html\">up</a><a href=\"/portfolio/stories/x.html\">self</a>");
        write("css/site.css", "body { background: url(/portfolio/img/bg.png); }\n.x { background: url(/img/bg.png); }");
        write("img/bg.png", "png");

        CheckReport report = check("/portfolio/");

        assertEquals(List.of(
                "css/site.css:2:18: url \"/img/bg.png\": not under the base path /portfolio/ [broken-link]",
                "index.html:4:1: href \"/stories/x.html\": not under the base path /portfolio/ [broken-link]",
                "index.html:5:1: href \"/portfolio/nope.html\": file not found: nope.html [broken-link]",
                "index.html:6:1: href \"/portfolio/../stories/x.html\": not under the base path /portfolio/ [broken-link]",
                "index.html:7:1: href \"../outside.html\": outside the site [broken-link]"),
                formatted(report));
    }

    @Test
    void escapingTheSiteRootIsBrokenWithRootBasePath() throws IOException {
        write("index.html", "<a href=\"../secret.html\">a</a>\n<a href=\"/../secret.html\">b</a>");
        Files.writeString(site.resolveSibling("secret.html"), "<p>secret</p>");

        assertEquals(List.of(
                "index.html:1:1: href \"../secret.html\": outside the site [broken-link]",
                "index.html:2:1: href \"/../secret.html\": outside the site [broken-link]"),
                formatted(check()));
    }

    @Test
    void percentEncodedFileNamesAreDecoded() throws IOException {
        write("index.html", """
                <a href="my%20file.html">space</a>
                <a href="my%20file.html#s%C3%A9ction">encoded fragment</a>
                <a href="caf%C3%A9.html">utf-8</a>
                <a href="my%20other.html">missing</a>
                <a href="bad%zz.html">malformed</a>
                """);
        write("my file.html", "<h2 id=\"séction\">x</h2>");
        write("café.html", "<p>coffee</p>");

        assertEquals(List.of(
                "index.html:4:1: href \"my%20other.html\": file not found: my other.html [broken-link]",
                "index.html:5:1: href \"bad%zz.html\": malformed percent-encoding [broken-link]"),
                formatted(check()));
    }

    @Test
    void javascriptAndUnknownSchemesAreReported() throws IOException {
        write("index.html", """
                <a href="javascript:void(0)">js</a>
                <a href="JavaScript:alert(1)">js upper</a>
                <a href="ftp://files.example.com/cv.pdf">ftp</a>
                <a href="https://example.com">fine</a>
                <a href="HTTP://EXAMPLE.COM">fine</a>
                """);

        CheckReport report = check();

        assertEquals(List.of(
                "index.html:1:1: href \"javascript:void(0)\": javascript: URLs are not allowed; link to a page, or use a <button> for an action [javascript-url]",
                "index.html:2:1: href \"JavaScript:alert(1)\": javascript: URLs are not allowed; link to a page, or use a <button> for an action [javascript-url]",
                "index.html:3:1: href \"ftp://files.example.com/cv.pdf\": unknown scheme \"ftp:\"; only http, https, mailto, tel and data are checked [unknown-scheme]"),
                formatted(report));
        assertEquals(5, report.linksChecked());
    }

    @Test
    void queryStringsAreStripped() throws IOException {
        write("index.html", """
                <a href="stories/x.html?ref=home">ok</a>
                <a href="?page=2">same page</a>
                <a href="stories/x.html?ref=home#intro">ok fragment</a>
                <a href="nope.html?x=1">missing</a>
                <a href="stories/x.html?x=1#nope">bad fragment</a>
                <link rel="stylesheet" href="css/site.css?v=3">
                """);
        write("stories/x.html", "<p id=\"intro\">x</p>");
        write("css/site.css", "body{}");

        assertEquals(List.of(
                "index.html:4:1: href \"nope.html?x=1\": file not found: nope.html [broken-link]",
                "index.html:5:1: href \"stories/x.html?x=1#nope\": no element with id \"nope\" in stories/x.html [broken-fragment]"),
                formatted(check()));
    }

    @Test
    void socialImageMetaIsCheckedOnlyWhenRelative() throws IOException {
        write("index.html", """
                <head>
                <meta property="og:image" content="https://example.com/og.png">
                <meta property="og:image" content="/img/og.png">
                <meta name="twitter:image" content="img/card.png">
                <meta name="description" content="not/a/link.png">
                </head>
                """);
        write("img/og.png", "png");

        CheckReport report = check();

        assertEquals(List.of("index.html:4:1: content \"img/card.png\": file not found: img/card.png [broken-link]"),
                formatted(report));
        assertEquals(3, report.linksChecked());
    }

    @Test
    void emptySocialAddressesAreReportedAtTheirMeta() throws IOException {
        write("index.html", """
                <head>
                <meta property="og:image" content="">
                <meta property="OG:URL" content=" ">
                  <meta name="twitter:image" content="">
                <meta property="og:image:url">
                <meta property="og:title" content="">
                <meta property="og:url" content="https://example.com/">
                </head>
                """);

        CheckReport report = check();

        String image = " give the image's full address, e.g. content=\"https://example.com/card.png\", or remove the"
                + " element [broken-link]";
        assertEquals(List.of(
                "index.html:2:1: <meta property=\"og:image\"> has an empty content;" + image,
                "index.html:3:1: <meta property=\"OG:URL\"> has an empty content; give the page's full address, e.g."
                        + " content=\"https://example.com/about.html\", or remove the element [broken-link]",
                "index.html:4:3: <meta name=\"twitter:image\"> has an empty content;" + image,
                "index.html:5:1: <meta property=\"og:image:url\"> has no content;" + image),
                formatted(report));
        assertEquals(1, report.linksChecked());
    }

    @Test
    void allProblemsAreCollectedAndSorted() throws IOException {
        write("b.html", "<a href=\"x.html\">x</a>\n<a href=\"a.html\">fine</a> <img src=\"y.png\">");
        write("a.html", "<img src=\"z.png\"><a href=\"#q\">q</a>\n\n<a href=\"w.html\">w</a>");
        write("sub/c.html", "<a href=\"../b.html#nope\">n</a>");

        CheckReport report = check();

        assertEquals(List.of(
                "a.html:1:1: src \"z.png\": file not found: z.png [broken-link]",
                "a.html:1:18: href \"#q\": no element with id \"q\" in a.html [broken-fragment]",
                "a.html:3:1: href \"w.html\": file not found: w.html [broken-link]",
                "b.html:1:1: href \"x.html\": file not found: x.html [broken-link]",
                "b.html:2:27: src \"y.png\": file not found: y.png [broken-link]",
                "sub/c.html:1:1: href \"../b.html#nope\": no element with id \"nope\" in b.html [broken-fragment]"),
                formatted(report));
        assertEquals(3, report.pagesChecked());
        assertEquals(7, report.linksChecked());
        assertThrows(UnsupportedOperationException.class, () -> report.problems().clear());
    }

    @Test
    void basePathMustStartAndEndWithSlash() {
        assertThrows(IllegalArgumentException.class, () -> new LinkChecker("portfolio/"));
        assertThrows(IllegalArgumentException.class, () -> new LinkChecker("/portfolio"));
    }
}
