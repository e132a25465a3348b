package dev.folio.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SrcsetTest {

    @Test
    void splitsCandidatesAndDropsDescriptors() {
        assertEquals(List.of("a.png", "b.png", "c.png"), Srcset.candidates(" a.png 1x,\n b.png 2x ,c.png 480w"));
    }

    @Test
    void keepsCommasInsideUrlsAndHandlesMissingDescriptors() {
        assertEquals(List.of("data:image/png;base64,AAA=", "x.png", "y.png"),
                Srcset.candidates("data:image/png;base64,AAA= 1x, x.png, y.png"));
        // as in browsers: only trailing commas end a URL, so "a.png,b.png" is one (broken) URL
        assertEquals(List.of("a.png,b.png"), Srcset.candidates("a.png,b.png"));
        assertEquals(List.of("a.png", "b.png"), Srcset.candidates("a.png, b.png,"));
        assertEquals(List.of(), Srcset.candidates("  , "));
    }
}
