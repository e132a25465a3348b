package dev.folio.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Script, markup and javascript: payloads in every field end up as visible, escaped text. */
final class HostileTextTest {

    static final String XSS = "</script><script>alert(1)</script><img src=x onerror=alert(2)>\\u2028\"'&";

    @TempDir
    Path dir;

    @Test
    void payloadsAreShownAsTextAndNeverRun() throws Exception {
        String q = "\"" + XSS.replace("\"", "\\\"") + "\"";
        Path source = TestSites.write(dir.resolve("site"), Map.of("content/profile.yml", """
                basics:
                  name: %1$s
                  label: %1$s
                  headline: %1$s
                  summary: %1$s
                  location: {city: %1$s}
                metrics:
                  - {id: m, label: %1$s, value: %1$s, context: %1$s, unit: %1$s}
                stories:
                  - {id: s, title: %1$s, category: %1$s, summary: %1$s, problem: %1$s, approach: %1$s, impact: %1$s,
                     metrics: [m], keywords: [%1$s]}
                skills:
                  - {name: %1$s, keywords: [%1$s]}
                work:
                  - {name: %1$s, position: %1$s, summary: %1$s, highlights: [%1$s], keywords: [%1$s]}
                principles:
                  - {title: %1$s, text: %1$s}
                sections:
                  - title: %1$s
                    body: "<script>alert(3)</script> [click](javascript:alert(4)) <a href=\\"javascript:alert(5)\\">x</a>"
                """.formatted(q),
                "content/stories/s.md", "# Body\n\n<script>alert(6)</script>\n\n[x](javascript:alert(7))\n\n"
                        + "[y](&#106;avascript&#58;alert(8)) ![z](java&#x09;script:alert(9))\n",
                // the image's javascript: address is dropped, so it shows nothing: reported, here as a warning
                "content/site.yml", "check:\n  missing-src: warn\n"));
        BuildResult result = Builder.build(new BuildOptions(source, dir.resolve("out"), Optional.empty()));
        assertEquals(List.of("stories/s.html: <img> has no src; give the image's address in src=\"…\" [missing-src]"),
                result.check().warnings().stream().map(w -> w.page() + ": " + w.description()).toList());
        for (String page : new String[] {"index.html", "stories/s.html", "404.html"}) {
            String html = TestSites.read(dir.resolve("out").resolve(page));
            Document doc = Jsoup.parse(html);
            for (Element script : doc.select("script")) {
                assertEquals("application/ld+json", script.attr("type"), page + ": only JSON-LD scripts");
                JsonNode json = new ObjectMapper().readTree(script.data());
                assertTrue(json.has("@type"), page);
                assertFalse(script.data().contains("<"), page + ": < escaped in JSON-LD");
            }
            assertTrue(doc.select("img[onerror]").isEmpty(), page);
            assertTrue(doc.select("[href^=javascript], [href^=JavaScript], [src*=script]").isEmpty(), page);
            assertFalse(html.contains("<script>alert"), page);
        }
        Document home = Jsoup.parse(dir.resolve("out/index.html").toFile());
        assertTrue(home.selectFirst("h1").text().startsWith("</script><script>alert(1)</script><img src=x onerror=alert(2)>"),
                home.selectFirst("h1").text());
        assertTrue(home.text().contains("<script>alert(3)</script>"), "Markdown HTML shown as text");
        JsonNode person = new ObjectMapper().readTree(home.selectFirst("script[type=application/ld+json]").data());
        assertEquals(XSS.replace("\\u2028", "\u2028"), person.get("name").asText(), "JSON-LD keeps the value");
    }
}
