package dev.folio.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.problem.InvalidInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output folder is replaced only when folio wrote everything in it; never the project, its
 * sources, the home folder or what holds them, compared as real paths (links followed).
 */
final class OutputFolderTest {

    @TempDir
    Path dir;

    Path project;
    Path home;

    @BeforeEach
    void project() throws IOException {
        project = dir.resolve("proj");
        Files.createDirectories(project.resolve("content/stories"));
        Files.writeString(project.resolve("content/profile.yml"), "basics:\n  name: Sam\n");
        Files.createDirectories(project.resolve(".git"));
        Files.createDirectories(project.resolve("docs"));
        Files.writeString(project.resolve("docs/deploy.md"), "how we deploy\n");
        home = dir.resolve("users/sam");
        Files.createDirectories(home);
    }

    private String refusal(Path out) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> OutputFolder.claim(project, out, "OUT", false, home));
        assertEquals(1, e.problems().size());
        return e.problems().get(0).format();
    }

    private static void publish(Path out, String... files) throws IOException {
        try (Publisher.Staged staged = Publisher.open(out)) {
            for (String file : files) {
                staged.add(file, file.getBytes(StandardCharsets.UTF_8));
            }
            staged.commit();
        }
    }

    @Test
    void theProjectItsSourcesAndWhatHoldsThemAreNeverTheOutput() {
        String fix = "; choose a folder of its own with --out, e.g. target/site";
        assertEquals("OUT: cannot be the output: it holds the site's own files, which publishing would replace" + fix,
                refusal(project));
        assertEquals("OUT: cannot be the output: it holds the site's own files, which publishing would replace" + fix,
                refusal(dir));
        assertEquals("OUT: cannot be the output: it is inside the site's sources (content/)" + fix,
                refusal(project.resolve("content")));
        assertEquals("OUT: cannot be the output: it is inside the site's sources (content/)" + fix,
                refusal(project.resolve("content/stories/new")));
        assertEquals("OUT: cannot be the output: it is inside the site's sources (.git/)" + fix,
                refusal(project.resolve(".git")));
        assertEquals("OUT: cannot be the output: it is your home folder" + fix, refusal(home));
        assertEquals("OUT: cannot be the output: it holds your home folder" + fix, refusal(dir.resolve("users")));
        assertEquals("OUT: cannot be the output: it is the file-system root" + fix, refusal(Path.of("/")));
    }

    @Test
    void pathsAreComparedAsTheFileSystemResolvesThem() throws IOException {
        Path link = dir.resolve("link");
        Path c = dir.resolve("c");
        try {
            Files.createSymbolicLink(link, project);
            Files.createSymbolicLink(c, project.resolve("content"));
        } catch (UnsupportedOperationException | IOException e) {
            Assumptions.abort("no symbolic links here: " + e);
        }
        String fix = "; choose a folder of its own with --out, e.g. target/site";
        // the project given through a link, the output given by its real path
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> OutputFolder.claim(link, project.resolve("content"), "OUT", false, home));
        assertEquals("OUT: cannot be the output: it is inside the site's sources (content/)" + fix,
                e.problems().get(0).format());
        // the output through a link into the sources
        assertEquals("OUT: cannot be the output: it is inside the site's sources (content/)" + fix,
                refusal(c.resolve("stories")));
        assertEquals("OUT: cannot be the output: it holds the site's own files, which publishing would replace" + fix,
                refusal(link.resolve("..")));
        // a source folder that is itself a link elsewhere: its target is guarded too
        Path elsewhere = Files.createDirectories(dir.resolve("shared-themes"));
        Files.createSymbolicLink(project.resolve("themes"), elsewhere);
        assertEquals("OUT: cannot be the output: it is inside the site's sources (themes/)" + fix,
                refusal(elsewhere.resolve("x")));
        assertEquals("OUT: cannot be the output: it is inside the site's sources (themes/)" + fix, refusal(elsewhere));
        Path outer = Files.createDirectories(dir.resolve("outer/inner/themes")).getParent();
        Files.delete(project.resolve("themes"));
        Files.createSymbolicLink(project.resolve("themes"), outer.resolve("themes"));
        assertEquals("OUT: cannot be the output: it holds the site's sources (themes/)" + fix,
                refusal(dir.resolve("outer")));
    }

    @Test
    void aFolderFolioDidNotWriteIsNotReplaced() throws IOException {
        assertEquals("OUT: is a folder folio did not write (it has no .folio-site list of folio's files), and "
                + "publishing would replace everything in it. Choose a new folder with --out, e.g. target/site, or "
                + "pass --force to replace this one and lose what it holds", refusal(project.resolve("docs")));
        assertTrue(Files.isRegularFile(project.resolve("docs/deploy.md")));
        Path notes = Files.writeString(project.resolve("notes.txt"), "mine\n");
        assertEquals("OUT: is a file, not a folder folio wrote; folio does not replace it. Choose another --out, "
                + "or remove the file yourself", refusal(notes));
        InvalidInputException forced = assertThrows(InvalidInputException.class,
                () -> OutputFolder.claim(project, notes, "OUT", true, home));
        assertEquals("OUT: is a file, not a folder; remove it or choose another --out",
                forced.problems().get(0).format());
        assertEquals("mine\n", Files.readString(notes));
        // with --force the folder may be replaced; without, nothing changed
        assertEquals(project.resolve("docs").toRealPath(),
                OutputFolder.claim(project, project.resolve("docs"), "OUT", true, home));
    }

    @Test
    void newEmptyAndFolioWrittenFoldersAreReplaced() throws IOException {
        Path fresh = project.resolve("target/site");
        assertEquals(fresh.getParent().getParent().toRealPath().resolve("target/site"),
                OutputFolder.claim(project, fresh, "OUT", false, home));
        Path empty = Files.createDirectories(dir.resolve("empty"));
        assertEquals(empty.toRealPath(), OutputFolder.claim(project, empty, "OUT", false, home));
        publish(fresh, "index.html", "stories/a/index.html");
        assertEquals(fresh.toRealPath(), OutputFolder.claim(project, fresh, "OUT", false, home));
        String manifest = Files.readString(fresh.resolve(Manifest.NAME));
        assertTrue(manifest.endsWith("\n10\tindex.html\n20\tstories/a/index.html\n"), manifest);
    }

    @Test
    void aFileAddedToOrChangedInAFolioSiteStopsTheReplacement() throws IOException {
        Path out = dir.resolve("site");
        publish(out, "index.html", "about.html");
        Files.writeString(out.resolve("CNAME"), "sam.example.com\n");
        Files.writeString(out.resolve("about.html"), "edited by hand, and longer\n");
        assertEquals("OUT: holds 2 files folio did not write: CNAME, about.html (changed since folio wrote it); "
                + "publishing would replace the folder and lose them. Move them out of the folder, or pass --force "
                + "to replace it anyway", refusal(out));
        Files.delete(out.resolve("CNAME"));
        Files.writeString(out.resolve("about.html"), "about.html");
        assertEquals(out.toRealPath(), OutputFolder.claim(project, out, "OUT", false, home));
    }

    @Test
    void aSiteFromAnEarlierFolioWithoutAListIsReplaced() throws IOException {
        Path out = dir.resolve("old-site");
        Files.createDirectories(out.resolve("assets"));
        Files.writeString(out.resolve("index.html"), "<!DOCTYPE html><html><head><meta name=\"generator\" "
                + "content=\"folio\"></head></html>");
        Files.writeString(out.resolve("sitemap.xml"), "<urlset/>");
        assertEquals(out.toRealPath(), OutputFolder.claim(project, out, "OUT", false, home));
        Files.createDirectories(out.resolve("content"));
        assertTrue(refusal(out).startsWith("OUT: is a folder folio did not write"));
    }

    @Test
    void theNextRunPutsBackASiteHiddenByAnInterruptedSwapAndClearsDebris() throws IOException {
        Path out = dir.resolve("site");
        publish(out, "index.html");
        // killed between the swap's two renames: no site at the output, the previous one hidden
        Path hidden = dir.resolve(".site.old-abc");
        Files.move(out, hidden);
        // killed while staging, twice: folders holding the marker, one empty folder
        Path staged1 = Files.createDirectories(dir.resolve(".site.new-1"));
        Files.writeString(staged1.resolve(Manifest.NAME), Manifest.HEADER);
        Files.writeString(staged1.resolve("index.html"), "half");
        Path staged2 = Files.createDirectories(dir.resolve(".site.new-2"));
        Files.writeString(staged2.resolve(Manifest.NAME), Manifest.HEADER);
        Files.createDirectories(dir.resolve(".site.new-3"));
        // a look-alike folio did not make is left alone
        Path foreign = Files.createDirectories(dir.resolve(".site.new-mine"));
        Files.writeString(foreign.resolve("keep.txt"), "mine");

        assertEquals(dir.toRealPath().resolve("site"), OutputFolder.claim(project, out, "OUT", false, home));
        assertEquals("index.html", Files.readString(out.resolve("index.html")));
        try (Stream<Path> left = Files.list(dir)) {
            assertEquals(List.of(".site.new-mine", "proj", "site", "users"),
                    left.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    @Test
    void debrisOfABuildStillRunningIsLeftAlone() throws IOException {
        Path out = dir.resolve("site");
        publish(out, "index.html");
        try (Publisher.Staged running = Publisher.open(out)) {
            running.add("index.html", new byte[] {1});
            Path stray = Files.createDirectories(dir.resolve(".site.new-stray"));
            Files.writeString(stray.resolve(Manifest.NAME), Manifest.HEADER);
            OutputFolder.claim(project, out, "OUT", false, home);
            assertTrue(Files.isDirectory(running.dir()), "a running build's stage stays");
            assertTrue(Files.isDirectory(stray), "nothing is cleared while a build of the same output runs");
        }
        OutputFolder.claim(project, out, "OUT", false, home);
        assertFalse(Files.exists(dir.resolve(".site.new-stray")));
    }

    @Test
    void thePublishedFolderHasThePermissionsOfAnyNewFolder() throws IOException {
        Assumptions.assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"));
        Path out = dir.resolve("site");
        publish(out, "index.html", "assets/style.css");
        Path plain = Files.createDirectory(dir.resolve("plain"));
        Path plainFile = Files.writeString(plain.resolve("f"), "x");
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(out)), "the umask applies, as with cp");
        assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(out.resolve("assets")));
        assertEquals(Files.getPosixFilePermissions(plainFile), Files.getPosixFilePermissions(out.resolve("index.html")));
    }
}
