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
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A link in the site folder that leads out of it is refused wherever folio reads (content,
 * templates, themes and their assets), named with where it points, all of them at once; a link
 * that stays inside the site folder is fine.
 */
final class SiteLinksTest {

    @TempDir
    Path dir;

    private Path site;
    private Path outside;

    @BeforeEach
    void site() throws IOException {
        site = TestSites.write(dir.resolve("site"), Map.of("content/profile.yml", TestSites.MINIMAL_PROFILE));
        outside = Files.createDirectories(dir.resolve("outside"));
        Path probe = dir.resolve("probe");
        try {
            Files.createSymbolicLink(probe, outside);
        } catch (UnsupportedOperationException | IOException | SecurityException e) {
            Assumptions.abort("this file system cannot make symbolic links: " + e);
        }
        Files.delete(probe);
    }

    private Path secret(String name, String text) throws IOException {
        return Files.writeString(outside.resolve(name), text).toRealPath();
    }

    private void link(String inSite, Path target) throws IOException {
        Path link = site.resolve(inSite);
        Files.createDirectories(link.getParent());
        Files.createSymbolicLink(link, target);
    }

    private List<String> loadProblems() {
        BuildFailure failure = assertThrows(BuildFailure.class, () -> Builder.load(site, Optional.empty()));
        assertEquals(Phase.LOAD, failure.phase());
        assertTrue(failure.invalidInput());
        return failure.problems().stream().map(Problem::format).toList();
    }

    @Test
    void themeAssetLinkedOutsideIsRefusedAndNotPublished() throws IOException {
        TestSites.write(site, Map.of("themes/default/theme.yml", "name: default\n"));
        Path passwd = secret("passwd.svg", "root:x:0:0:root:/root:/bin/bash\n");
        link("themes/default/assets/passwd.svg", passwd);
        assertEquals(List.of("themes/default/assets/passwd.svg: is a link to " + passwd
                + ", outside the site folder; copy the file into the site instead"), loadProblems());
        BuildFailure failure = assertThrows(BuildFailure.class,
                () -> Builder.build(new BuildOptions(site, dir.resolve("out"), Optional.empty())));
        assertEquals(Phase.LOAD, failure.phase());
        assertFalse(Files.exists(dir.resolve("out")), "nothing is published");
    }

    @Test
    void validateExitsWithInvalidInputAndNamesTheLink() throws IOException {
        TestSites.write(site, Map.of("themes/default/theme.yml", "name: default\n"));
        Path passwd = secret("passwd.svg", "root:x:0:0\n");
        link("themes/default/assets/passwd.svg", passwd);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), "validate", "--source",
                site.toString());
        assertEquals(2, code);
        assertEquals("error: themes/default/assets/passwd.svg: is a link to " + passwd
                + ", outside the site folder; copy the file into the site instead\n"
                + "1 problem found; fix it and run folio validate again.\n", err.toString().replace("\r\n", "\n"));
    }

    @Test
    void wholeThemeFolderLinkedOutsideIsRefused() throws IOException {
        Path theme = Files.createDirectories(outside.resolve("mine"));
        Files.writeString(theme.resolve("theme.yml"), "name: mine\n");
        Files.createDirectories(theme.resolve("assets"));
        Files.writeString(theme.resolve("assets/style.css"), "body { color: teal; }\n");
        TestSites.write(site, Map.of("content/site.yml", "theme: mine\n"));
        link("themes/mine", theme);
        assertEquals(List.of("themes/mine: is a link to " + theme.toRealPath()
                + ", outside the site folder; copy the folder into the site instead"), loadProblems());
    }

    @Test
    void themesFolderLinkedOutsideIsRefused() throws IOException {
        Path themes = Files.createDirectories(outside.resolve("themes/default"));
        Files.writeString(themes.resolve("theme.yml"), "name: default\n");
        link("themes", themes.getParent());
        assertEquals(List.of("themes: is a link to " + themes.getParent().toRealPath()
                + ", outside the site folder; copy the folder into the site instead"), loadProblems());
    }

    @Test
    void themeDescriptionLinkedOutsideIsRefused() throws IOException {
        Path description = secret("theme.yml", "name: mine\n");
        TestSites.write(site, Map.of("content/site.yml", "theme: mine\n", "themes/mine/assets/style.css", "a {}\n"));
        link("themes/mine/theme.yml", description);
        assertEquals(List.of("themes/mine/theme.yml: is a link to " + description
                + ", outside the site folder; copy the file into the site instead"), loadProblems());
    }

    @Test
    void contentFolderLinkedOutsideIsRefused() throws IOException {
        Path content = Files.createDirectories(outside.resolve("content"));
        Files.writeString(content.resolve("profile.yml"), TestSites.MINIMAL_PROFILE);
        Path empty = Files.createDirectories(dir.resolve("linked-site"));
        site = empty;
        link("content", content);
        assertEquals(List.of("content: is a link to " + content.toRealPath()
                + ", outside the site folder; copy the folder into the site instead"), loadProblems());
    }

    @Test
    void settingsAndTemplatesLinkedOutsideAreRefusedTogether() throws IOException {
        Path settings = secret("site.yml", "title: Elsewhere\n");
        Path template = secret("home.jte", "@param dev.folio.render.view.HomeView view\nhi\n");
        link("content/site.yml", settings);
        link("templates/home.jte", template);
        assertEquals(List.of(
                "content/site.yml: is a link to " + settings
                        + ", outside the site folder; copy the file into the site instead",
                "templates/home.jte: is a link to " + template
                        + ", outside the site folder; copy the file into the site instead"), loadProblems());
    }

    @Test
    void profileLinkedOutsideIsRefused() throws IOException {
        Path profile = secret("profile.yml", TestSites.MINIMAL_PROFILE);
        Files.delete(site.resolve("content/profile.yml"));
        link("content/profile.yml", profile);
        assertEquals(List.of("content/profile.yml: is a link to " + profile
                + ", outside the site folder; copy the file into the site instead"), loadProblems());
    }

    @Test
    void pictureInAFolderLinkedOutsideNamesTheFolder() throws IOException {
        Path images = Files.createDirectories(outside.resolve("images"));
        Files.writeString(images.resolve("me.png"), "png");
        TestSites.write(site, Map.of("content/profile.yml", "basics:\n  name: Sam\n  image: images/me.png\n"));
        link("content/images", images);
        assertEquals(List.of("content/profile.yml:3:10: basics.image \"images/me.png\" is in content/images, a link to "
                + images.toRealPath() + ", outside the site folder; copy the folder into the site instead"),
                loadProblems());
    }

    @Test
    void assetLinkedOutsideAfterLoadingStopsTheRendering() throws IOException {
        TestSites.write(site, Map.of("themes/default/theme.yml", "name: default\n"));
        SiteInput input = Builder.load(site, Optional.empty());
        Path passwd = secret("passwd.svg", "root:x:0:0\n");
        link("themes/default/assets/passwd.svg", passwd);
        try (var renderer = Builder.renderer(site, input.theme().name())) {
            BuildFailure failure = assertThrows(BuildFailure.class, () -> Builder.render(input, renderer));
            assertEquals(Phase.RENDER, failure.phase());
            assertEquals(List.of("themes: could not be read: themes/default/assets/passwd.svg: is a link to " + passwd
                    + ", outside the site folder; copy the file into the site instead"),
                    failure.problems().stream().map(Problem::format).toList());
        }
    }

    @Test
    void linksInsideTheSiteToFilesAndFoldersInsideAreFine() throws IOException {
        TestSites.write(site, Map.of(
                "content/site.yml", "theme: mine\n",
                "shared/mine/theme.yml", "name: mine\n",
                "shared/mine/assets/mine.css", "body { color: teal; }\n",
                "shared/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 1 1\"/>\n",
                "shared/404.jte", """
                        @param dev.folio.render.view.NotFoundView view
                        <!DOCTYPE html><html lang="en"><title>Lost</title><h1>Lost</h1><a href="${view.homeHref()}">home</a></html>
                        """));
        link("themes/mine", site.resolve("shared/mine"));
        link("shared/mine/assets/logo.svg", Path.of("../../logo.svg"));
        link("templates/404.jte", site.resolve("shared/404.jte"));
        Builder.load(site, Optional.empty());
        Builder.build(new BuildOptions(site, dir.resolve("out"), Optional.empty()));
        Map<String, byte[]> published = TestSites.tree(dir.resolve("out"));
        for (String asset : List.of("logo", "mine")) {
            assertTrue(published.keySet().stream().anyMatch(p -> p.matches("assets/" + asset + "\\.[0-9a-f]+\\.\\w+")),
                    asset + " in " + published.keySet());
        }
        assertTrue(TestSites.read(dir.resolve("out/404.html")).contains("<h1>Lost</h1>"));
    }
}
