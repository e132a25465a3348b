package dev.folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.folio.publish.SiteFiles;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class FingerprintTest {

    private static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void referencesOfEveryFormFollowTheRename() {
        SiteFiles in = new SiteFiles();
        in.add("assets/a.css", b("body{background:url(img/bg.png)} .x{background:url('../assets/img/bg.png')}"));
        in.add("assets/img/bg.png", b("png"));
        in.add("index.html", b("<link href=\"assets/a.css?v=1\"><img src=\"assets/img/bg.png\">"
                + "<meta content=\"https://ex.example.com/p/assets/img/bg.png\"><a href=\"assets/a.css.txt\">x</a>"));
        in.add("stories/s.html", b("<link href=\"../assets/a.css\"><a href=\"/p/assets/a.css#top\">x</a>"));
        Map<String, byte[]> out = Fingerprint.apply(in, "https://ex.example.com/p/").files();
        String png = out.keySet().stream().filter(k -> k.startsWith("assets/img/bg.")).findFirst().orElseThrow();
        String css = out.keySet().stream().filter(k -> k.startsWith("assets/a.")).findFirst().orElseThrow();
        String pngName = png.substring("assets/img/".length());
        assertEquals("body{background:url(img/" + pngName + ")} .x{background:url('../assets/img/" + pngName + "')}",
                new String(out.get(css), StandardCharsets.UTF_8));
        assertEquals("<link href=\"" + css + "?v=1\"><img src=\"" + png + "\">"
                + "<meta content=\"https://ex.example.com/p/" + png + "\"><a href=\"assets/a.css.txt\">x</a>",
                new String(out.get("index.html"), StandardCharsets.UTF_8));
        assertEquals("<link href=\"../" + css + "\"><a href=\"/p/" + css + "#top\">x</a>",
                new String(out.get("stories/s.html"), StandardCharsets.UTF_8));
    }

    @Test
    void resolvesOnlyInsideTheSite() {
        assertEquals("assets/x.css", Fingerprint.resolve("../assets/x.css", "stories/a.html", "/"));
        assertEquals("assets/x.css", Fingerprint.resolve("/p/assets/x.css", "404.html", "https://e.example.com/p/"));
        assertNull(Fingerprint.resolve("/other/assets/x.css", "404.html", "/p/"));
        assertNull(Fingerprint.resolve("../../x.css", "stories/a.html", "/"));
        assertNull(Fingerprint.resolve("https://elsewhere.example.com/assets/x.css", "index.html", "https://e.example.com/"));
        assertNull(Fingerprint.resolve("mailto:a@example.com", "index.html", "/"));
    }

    @Test
    void assetsFirstThenPageByPageGivesWhatTheWholeSiteGets() {
        SiteFiles assets = new SiteFiles();
        assets.add("assets/a.css", b("body{background:url(img/bg.png)}"));
        assets.add("assets/img/bg.png", b("png"));
        Map<String, String> pages = Map.of(
                "index.html", "<link href=\"assets/a.css?v=1\"><img src=\"assets/img/bg.png\"><p title=\"é=\"\"></p>"
                        + "<a data-href=\"assets/a.css\" href=\"assets/a.css.txt\">x</a><img srcset=\"assets/img/bg.png 2x\">",
                "stories/s.html", "<link href=\"../assets/a.css\"><a href=\"/p/assets/a.css#top\">x</a><a href=\"",
                "feed.xml", "<link href=\"assets/a.css\"/>");
        SiteFiles whole = new SiteFiles();
        assets.files().forEach(whole::add);
        pages.forEach((path, text) -> whole.add(path, b(text)));
        Map<String, byte[]> expected = Fingerprint.apply(whole, "https://ex.example.com/p/").files();

        Fingerprint fingerprint = Fingerprint.of(assets, "https://ex.example.com/p/");
        Map<String, byte[]> actual = new java.util.TreeMap<>(fingerprint.assets().files());
        pages.forEach((path, text) -> actual.put(path, fingerprint.page(path, b(text))));
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((path, bytes) -> assertEquals(new String(bytes, StandardCharsets.UTF_8),
                new String(actual.get(path), StandardCharsets.UTF_8), path));
        String css = expected.keySet().stream().filter(k -> k.startsWith("assets/a.")).findFirst().orElseThrow();
        assertEquals("<link href=\"../" + css + "\"><a href=\"/p/" + css + "#top\">x</a><a href=\"",
                new String(actual.get("stories/s.html"), StandardCharsets.UTF_8));
    }
}
