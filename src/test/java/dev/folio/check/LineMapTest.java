package dev.folio.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LineMapTest {

    @Test
    void offsetsBecomeOneBasedLineAndColumn() {
        String css = "a{}\r\nb {\n  x: url(y)\r}";
        LineMap lines = LineMap.of(css);
        int url = css.indexOf("url(");
        assertEquals(3, lines.line(url));
        assertEquals(6, lines.column(url));
        assertEquals(1, lines.line(0));
        assertEquals(1, lines.column(0));
        assertEquals(2, lines.line(css.indexOf('b')));
        assertEquals(1, lines.column(css.indexOf('b')));
        assertEquals(4, lines.line(css.indexOf('}', url)));
        assertEquals(1, lines.column(css.indexOf('}', url)));
    }
}
