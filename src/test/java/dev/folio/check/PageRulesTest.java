package dev.folio.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Title, language, description, alt texts and unique ids of each page. */
class PageRulesTest {

    @TempDir
    Path site;

    private List<String> check(String html) throws IOException {
        Files.writeString(site.resolve("page.html"), html);
        return FixtureSiteTest.lines(new LinkChecker("/").check(site));
    }

    @Test
    void aCompletePageHasNoProblem() throws IOException {
        assertEquals(List.of(), check("""
                <!DOCTYPE html>
                <html lang="en"><head><title>Hi</title><meta name="Description" content="A page."></head>
                <body><img src="data:image/png;base64,AAAA" alt=""><p id="a">a</p><p id="b">b</p></body></html>
                """));
    }

    @Test
    void missingTitleLangAndDescriptionPointAtTheHeadOrHtmlTag() throws IOException {
        assertEquals(List.of(
                "warning: page.html:2:1: <html> has no lang attribute; name the page's language, e.g."
                        + " <html lang=\"en\"> [missing-lang]",
                "error: page.html:3:3: the page has no <title>; add <title>…</title> to its <head> [missing-title]",
                "warning: page.html:3:3: the page has no <meta name=\"description\">; add one that describes the page"
                        + " in a sentence [missing-description]"),
                check("""
                        <!DOCTYPE html>
                        <html>
                          <head><meta charset="utf-8"></head>
                        <body><p>Hello</p></body></html>
                        """));
    }

    @Test
    void theTitleOfAnSvgIsNotThePagesTitle() throws IOException {
        assertEquals(List.of("error: page.html:1:17: the page has no <title>; add <title>…</title> to its <head>"
                + " [missing-title]"), check("""
                        <html lang="en"><head><meta name="description" content="d"></head>
                        <body><svg><title>Logo</title></svg></body></html>
                        """));
    }

    @Test
    void emptyTitleAndDescriptionPointAtTheirElements() throws IOException {
        assertEquals(List.of(
                "error: page.html:2:27: the page's <title> is empty; give the page a title [missing-title]",
                "warning: page.html:3:1: the meta description is empty; describe the page in a sentence"
                        + " [missing-description]"),
                check("""
                        <!DOCTYPE html>
                        <html xml:lang="en"><head><title>  </title>
                        <meta name="description" content=" ">
                        </head></html>
                        """));
    }

    @Test
    void everyImageWithoutAltAndEveryRepeatedId() throws IOException {
        assertEquals(List.of(
                "error: page.html:3:1: src \"a.png\": <img> has no alt attribute; describe the image in alt=\"…\","
                        + " or write alt=\"\" if it is decorative [missing-alt]",
                "error: page.html:4:1: id \"x\": also the id of the element at 2:1; make each id unique within the"
                        + " page [duplicate-id]",
                "error: page.html:4:11: src \"b.png\": <img> has no alt attribute; describe the image in alt=\"…\","
                        + " or write alt=\"\" if it is decorative [missing-alt]",
                "error: page.html:5:3: id \"x\": also the id of the element at 2:1; make each id unique within the"
                        + " page [duplicate-id]"),
                check("""
                        <html lang="en"><title>t</title><meta name="description" content="d">
                        <h2 id="x">One</h2>
                        <img src="a.png">
                        <p id="x"><img src="b.png"></p>
                          <a id="x" name="x">Three</a> <img src="a.png" alt="A">
                        """).stream().filter(l -> !l.contains("file not found")).toList());
    }

    @Test
    void everyImageWithoutAnAddressToShowIsReportedAtItsTag() throws IOException {
        String lazy = " so it shows nothing without script; give the address in src=\"…\" as well (with"
                + " loading=\"lazy\" the browser itself loads it late) [missing-src]";
        assertEquals(List.of(
                "error: page.html:2:1: <img> has no src; give the image's address in src=\"…\" [missing-src]",
                "error: page.html:3:1: <img> has an empty src; give the image's address in src=\"…\" [missing-src]",
                "error: page.html:3:26: <img> has an empty src; give the image's address in src=\"…\" [missing-src]",
                "error: page.html:4:1: data-src \"lazy.png\": <img> has only data-src," + lazy,
                "error: page.html:5:3: data-srcset \"lazy.png 1x, lazy@2x.png 2x\": <img> has only data-srcset," + lazy),
                check("""
                        <html lang="en"><title>t</title><meta name="description" content="d">
                        <img alt="no src">
                        <img src="" alt="empty"> <img src=" " alt="blank">
                        <img data-src="lazy.png" alt="lazy">
                          <img src="" data-srcset="lazy.png 1x, lazy@2x.png 2x" alt="lazy srcset">
                        <img srcset="data:image/png;base64,AAAA 1x" alt="srcset is enough">
                        <img src="data:image/png;base64,AAAA" data-src="lazy.png" alt="a placeholder until script runs">
                        """).stream().filter(l -> !l.contains("file not found")).toList());
    }
}
