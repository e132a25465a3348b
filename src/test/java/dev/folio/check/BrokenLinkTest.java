package dev.folio.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BrokenLinkTest {

    @Test
    void formatsAsPageLineColumnAttributeTargetReason() {
        BrokenLink link = new BrokenLink("index.html", 12, 5, "href", "stories/x.html#nope",
                "no element with id \"nope\" in stories/x.html");
        assertEquals("index.html:12:5: href \"stories/x.html#nope\": no element with id \"nope\" in stories/x.html",
                link.format());
    }

    @Test
    void sortsByPageLineColumnAttributeTarget() {
        BrokenLink a = new BrokenLink("a.html", 2, 1, "href", "z", "r");
        BrokenLink b = new BrokenLink("a.html", 10, 1, "href", "a", "r");
        BrokenLink c = new BrokenLink("a.html", 10, 3, "href", "a", "r");
        BrokenLink d = new BrokenLink("a.html", 10, 3, "src", "a", "r");
        BrokenLink e = new BrokenLink("a.html", 10, 3, "src", "b", "r");
        BrokenLink f = new BrokenLink("b.html", 1, 1, "href", "a", "r");
        List<BrokenLink> links = new ArrayList<>(List.of(f, e, d, c, b, a));
        links.sort(null);
        assertEquals(List.of(a, b, c, d, e, f), links);
    }

    @Test
    void reportIsOkOnlyWithoutBrokenLinks() {
        assertTrue(new CheckReport(1, 0, List.of()).ok());
        assertFalse(new CheckReport(1, 1, List.of(new BrokenLink("a.html", 1, 1, "href", "x", "r"))).ok());
    }
}
