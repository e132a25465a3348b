package dev.folio.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ReloadTagTest {

    static String inject(String html) {
        return new String(ReloadTag.inject(html.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
    }

    @Test
    void goesBeforeTheLastClosingBody() {
        assertEquals("<body><p>é→</p>" + ReloadTag.TAG + "</body>\n</html>", inject("<body><p>é→</p></body>\n</html>"));
        assertEquals("<BODY><pre>&lt;/body&gt;</body></pre>" + ReloadTag.TAG + "</BODY>",
                inject("<BODY><pre>&lt;/body&gt;</body></pre></BODY>"));
        assertEquals("<p>no body</p>" + ReloadTag.TAG, inject("<p>no body</p>"));
        assertEquals(ReloadTag.TAG, inject(""));
        assertEquals("<script src=\"/__folio/reload.js\" defer></script>", ReloadTag.TAG);
    }

    @Test
    void theBuiltFilesStayAsTheyWere() {
        byte[] page = "<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8);
        byte[] style = "body{}".getBytes(StandardCharsets.UTF_8);
        Snapshot snapshot = Snapshot.of(Map.of("index.html", page, "style.css", style), "id", "/");
        assertArrayEquals("<html><body>x</body></html>".getBytes(StandardCharsets.UTF_8), page);
        assertEquals("<html><body>x" + ReloadTag.TAG + "</body></html>",
                new String(snapshot.files().get("index.html"), StandardCharsets.UTF_8));
        assertArrayEquals(style, snapshot.files().get("style.css"));
        assertEquals(1, snapshot.pages());
    }
}
