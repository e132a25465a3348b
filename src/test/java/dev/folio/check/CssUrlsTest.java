package dev.folio.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CssUrlsTest {

    private static List<String> urls(String css) {
        return CssUrls.find(css).stream().map(CssUrls.Ref::url).toList();
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
        List<CssUrls.Ref> refs = CssUrls.find("@charset \"utf-8\";\n@import 'reset.css' screen;");
        assertEquals(List.of(new CssUrls.Ref(18, "@import", "reset.css")), refs);
    }
}
