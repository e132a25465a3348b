package dev.folio.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.check.LinkChecker;
import dev.folio.input.Overrides;
import java.nio.file.Path;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** The sample at the root of a host and under a sub-path, as GitHub project sites serve it. */
final class BasePathTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"https://alex.example.com/, /", "https://user.example.com/portfolio/, /portfolio/"})
    void linksAssetsAndMetadataFollowTheBase(String baseUrl, String basePath) throws Exception {
        Path out = dir.resolve("site");
        Builder.build(new BuildOptions(TestSites.SAMPLE, out, new Overrides(Optional.empty(), Optional.of(baseUrl)),
                Optional.empty()));
        assertTrue(new LinkChecker(basePath).check(out).ok());
        Document home = Jsoup.parse(out.resolve("index.html").toFile());
        assertEquals(baseUrl, home.selectFirst("link[rel=canonical]").attr("href"));
        assertTrue(home.selectFirst("meta[property=og:image]").attr("content").startsWith(baseUrl + "assets/social."));
        Document notFound = Jsoup.parse(out.resolve("404.html").toFile());
        assertTrue(notFound.selectFirst("link[rel=stylesheet]").attr("href").startsWith(basePath + "assets/style."));
        assertEquals(basePath + "index.html", notFound.selectFirst("a.brand").attr("href"));
        String sitemap = TestSites.read(out.resolve("sitemap.xml"));
        assertTrue(sitemap.contains("<loc>" + baseUrl + "stories/"), sitemap);
        assertTrue(TestSites.read(out.resolve("robots.txt")).contains("Sitemap: " + baseUrl + "sitemap.xml"));
        assertTrue(TestSites.read(out.resolve("feed.xml")).contains("<link rel=\"self\" href=\"" + baseUrl + "feed.xml\"/>"));
    }
}
