package dev.folio.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CssUrlsTest {

    private static List<String> urls(String css) {
        return CssUrls.find(css).refs().stream().map(CssUrls.Ref::url).toList();
    }

    @Test
    void findsQuotedUnquotedAndEscapedUrls() {
        assertEquals(List.of("a.png", "b c.png", "d.png", "e f.png", "x.css"),
                urls("a{background:url(a.png)} b{background:url( \"b c.png\" )} c{background:Url('d.png')}"
                        + " d{background:url(e\\ f.png)} @import url(x.css);"));
    }

    @Test
    void skipsCommentsStringsAndLookalikes() {
        assertEquals(List.of("real.png"),
                urls("/* url(comment.png) */ a{content:\"url(string.png)\"; --myurl(x): 1; b: url(real.png)}"));
    }

    @Test
    void importStringsAreReferences() {
        List<CssUrls.Ref> refs = CssUrls.find("@charset \"utf-8\";\n@import 'reset.css' screen;").refs();
        assertEquals(List.of(new CssUrls.Ref(18, "@import", "reset.css")), refs);
    }

    @Test
    void anUnterminatedStringOrUrlEndsAtItsLineAndTheRulesAfterItAreStillRead() {
        String css = """
                .a { background: url("img/a.png); }
                .b { background: url(b.png) }
                .c { background: url(img/c.png
                }
                .d { background: url( 'd.png' ) }
                .e { background: url(e f.png) } .f { background: url(f.png) }
                @import "reset.css;
                .g { background: url(g.png) }
                .h { background: image-set("h.png 1x, url(i.png) 2x) }
                .j { background: url(j.png) }
                """;
        CssUrls.Found found = CssUrls.find(css);

        assertEquals(List.of("b.png", "d.png", "f.png", "g.png", "j.png"),
                found.refs().stream().map(CssUrls.Ref::url).toList());
        assertEquals(List.of(
                new CssUrls.Bad(css.indexOf("url(\"img/a"), "url", "img/a.png); }", "the address has no closing"
                        + " quote, so browsers load nothing and may skip the rules that follow; close it: url(\"…\")"),
                new CssUrls.Bad(css.indexOf("url(img/c"), "url", "img/c.png", "url( is not closed on its line, so"
                        + " browsers load nothing and may skip the rules that follow; close it: url(…)"),
                new CssUrls.Bad(css.indexOf("url(e f"), "url", "e f.png", "an address in url( without quotes cannot"
                        + " hold spaces, quotes or \"(\", so browsers load nothing; quote it: url(\"…\")"),
                new CssUrls.Bad(css.indexOf("@import"), "@import", "reset.css;", "the address has no closing quote,"
                        + " so browsers load nothing and may skip the rules that follow; close it: @import \"…\";"),
                new CssUrls.Bad(css.indexOf("\"h.png"), "image-set", "h.png 1x, url(i.png) 2x) }", "the address has"
                        + " no closing quote, so browsers load nothing and may skip the rules that follow; close it:"
                        + " image-set(\"…\" 1x)")),
                found.bad());
    }

    @Test
    void everyAddressOfAnImageSetIsAReference() {
        String css = ".a { background-image: image-set(\"a.png\" 1x, url(b.png) 2x, 'c.avif' type(\"image/avif\"));"
                + " background: -webkit-image-set(url(\"d.png\") 1x, \"e.png\" 2x) }"
                + " .f { content: \"image-set('no.png')\"; --my-image-set: 1; b: url(g.png) }";
        CssUrls.Found found = CssUrls.find(css);

        assertEquals(List.of(
                new CssUrls.Ref(css.indexOf("\"a.png"), "image-set", "a.png"),
                new CssUrls.Ref(css.indexOf("url(b"), "url", "b.png"),
                new CssUrls.Ref(css.indexOf("'c.avif"), "image-set", "c.avif"),
                new CssUrls.Ref(css.indexOf("url(\"d"), "url", "d.png"),
                new CssUrls.Ref(css.indexOf("\"e.png"), "image-set", "e.png"),
                new CssUrls.Ref(css.indexOf("url(g"), "url", "g.png")), found.refs());
        assertEquals(List.of(), found.bad());
    }
}
