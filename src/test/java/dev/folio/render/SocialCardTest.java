package dev.folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.build.BuildOptions;
import dev.folio.build.Builder;
import dev.folio.build.TestSites;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The social image's text: wrapped and shortened as before, with work bounded by what the image shows. */
final class SocialCardTest {

    /** Far longer than any build should take to draw one image: a guard against a blow-up, not a benchmark. */
    private static final Duration BOUND = Duration.ofSeconds(20);

    private static final String MEGABYTE_OF_WORDS = "word ".repeat(200_000).strip();
    private static final String MEGABYTE_WORD = "x".repeat(1_000_000);

    @TempDir
    Path dir;

    @Test
    void aNormalSummaryWrapsAsBefore() throws Exception {
        String summary = "Backend engineer who makes slow services fast: caches in front of catalogues, "
                + "queues that drain on time, and dashboards people read before they are paged at night.";
        assertEquals(List.of("Backend engineer who makes slow services fast: caches",
                        "in front of catalogues, queues that drain on time, and…"),
                withFont(36f, g -> SocialCard.wrap(g, summary, 1024, 2)));
        assertEquals(List.of("Short and sweet."), withFont(36f, g -> SocialCard.wrap(g, "Short and sweet.", 1024, 2)));
        assertEquals(List.of("Two words", "fit"), withFont(36f, g -> SocialCard.wrap(g, "Two words fit", 200, 2)));
    }

    @Test
    void aNormalNameFitsAsBefore() throws Exception {
        assertEquals("Sam Example", withFont(72f, g -> SocialCard.fit(g, "Sam Example", 1024)));
        assertEquals("Alexandra Konstantinopo…",
                withFont(72f, g -> SocialCard.fit(g, "Alexandra Konstantinopoulou-Wittgenstein-Smythe", 1024)));
    }

    @Test
    void aMegabyteOfTextIsWrappedWithinBounds() throws Exception {
        List<String> words = assertTimeoutPreemptively(BOUND,
                () -> withFont(36f, g -> SocialCard.wrap(g, MEGABYTE_OF_WORDS, 1024, 2)));
        assertEquals(2, words.size());
        assertTrue(words.get(1).endsWith("…"), words.get(1));
        List<String> word = assertTimeoutPreemptively(BOUND,
                () -> withFont(36f, g -> SocialCard.wrap(g, MEGABYTE_WORD, 1024, 2)));
        assertEquals(1, word.size());
        assertTrue(word.get(0).endsWith("x…") && word.get(0).length() < 100, word.get(0));
        List<String> wordThenWords = assertTimeoutPreemptively(BOUND,
                () -> withFont(36f, g -> SocialCard.wrap(g, MEGABYTE_WORD + " and more", 1024, 2)));
        assertEquals(2, wordThenWords.size());
        assertTrue(wordThenWords.get(0).endsWith("x…") && wordThenWords.get(0).length() < 100, wordThenWords.get(0));
        assertEquals("and more", wordThenWords.get(1));
    }

    @Test
    void aMegabyteSummaryAndNameBuildWithinBounds() {
        // within the 2 MB a profile may have: a 1 MB summary, a 300 kB name and a 400 kB story summary
        String profile = "basics:\n  name: " + MEGABYTE_WORD.substring(0, 300_000) + "\n  label: Engineer\n  summary: " + MEGABYTE_OF_WORDS
                + "\n  email: sam@example.com\n" + "stories:\n  - id: cache\n    title: A cache\n    summary: "
                + MEGABYTE_OF_WORDS.substring(0, 400_000) + "\n    problem: Slow.\n";
        Path source = TestSites.write(dir.resolve("site"), Map.of(
                "content/site.yml", "title: Sam\nbaseUrl: https://sam.example.com/\n",
                "content/profile.yml", profile));
        assertTimeoutPreemptively(BOUND, () -> Builder.build(new BuildOptions(source, dir.resolve("out"), Optional.empty())));
        assertTrue(TestSites.tree(dir.resolve("out")).keySet().stream()
                .anyMatch(f -> f.startsWith("assets/social") && f.endsWith(".png")), "the image is drawn");
    }

    private static <T> T withFont(float size, Function<Graphics2D, T> use) throws Exception {
        Font font;
        try (InputStream in = SocialCard.class.getResourceAsStream("/fonts/DejaVuSans.ttf")) {
            font = Font.createFont(Font.TRUETYPE_FONT, in);
        }
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setFont(font.deriveFont(size));
            return use.apply(g);
        } finally {
            g.dispose();
        }
    }
}
