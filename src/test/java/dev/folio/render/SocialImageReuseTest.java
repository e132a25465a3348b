package dev.folio.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.folio.input.SiteInput;
import dev.folio.publish.SiteFiles;
import dev.folio.build.Builder;
import dev.folio.build.TestSites;
import dev.folio.site.Assembler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A renderer kept across rebuilds (as the preview server keeps it) draws the social image only when it changes. */
class SocialImageReuseTest {

    private static final String PNG = "assets/social.png";

    @TempDir
    Path dir;

    @Test
    void drawnAgainOnlyWhenWhatItShowsChanges() throws Exception {
        Path source = TestSites.write(dir.resolve("site"), java.util.Map.of(
                "content/site.yml", "title: Sam\nbaseUrl: https://sam.example.com/\n",
                "content/profile.yml", "basics:\n  name: Sam Example\n  label: Engineer\n  headline: Builds caches\n"
                        + "  summary: Builds caches\n  email: sam@example.com\n"));
        try (Renderer renderer = Builder.renderer(source, "default")) {
            byte[] first = assets(renderer, source).get(PNG);
            byte[] again = assets(renderer, source).get(PNG);
            assertArrayEquals(first, again);
            assertEquals(1, renderer.imagesDrawn(), "nothing it shows changed: the image is not drawn again");

            Path profile = source.resolve("content/profile.yml");
            Files.writeString(profile, Files.readString(profile).replace("Builds caches\n  summary", "Builds queues\n  summary"));
            byte[] changed = assets(renderer, source).get(PNG);
            assertEquals(2, renderer.imagesDrawn());
            assertFalse(java.util.Arrays.equals(first, changed), "the new headline is drawn");

            try (Renderer fresh = Builder.renderer(source, "default")) {
                assertArrayEquals(changed, assets(fresh, source).get(PNG), "the same bytes as a fresh drawing");
            }
        }
    }

    private static java.util.Map<String, byte[]> assets(Renderer renderer, Path source) throws Exception {
        SiteInput input = Builder.load(source, Optional.empty());
        SiteFiles files = renderer.assets(Assembler.assemble(input));
        return files.files();
    }
}
