package dev.folio.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's home page, byte for byte but for the content hashes in asset names (a stylesheet edit
 * changes them, and FingerprintTest covers them). After an intended change, update the golden file
 * with {@code mvn test -Dtest=GoldenHomePageTest -Dgolden.update=true}; CI (the CI variable set) refuses.
 */
final class GoldenHomePageTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden/index.html");
    /** An asset's name with its content hash: assets/style.5d2665af70.css. */
    static final java.util.regex.Pattern ASSET = java.util.regex.Pattern.compile("(assets/[\\w./-]+?)\\.([0-9a-f]{10})(\\.\\w+)");

    @TempDir
    Path out;

    @Test
    void homePageMatchesGoldenFile() throws Exception {
        Builder.build(new BuildOptions(TestSites.SAMPLE, out.resolve("site"), Optional.empty()));
        String page = TestSites.read(out.resolve("site/index.html"));
        java.util.regex.Matcher named = ASSET.matcher(page);
        while (named.find()) {
            String file = named.group(1) + "." + named.group(2) + named.group(3);
            assertEquals(true, Files.isRegularFile(out.resolve("site").resolve(file)), file + " is published");
        }
        String actual = ASSET.matcher(page).replaceAll("$1.HASH$3");
        if (Boolean.getBoolean("golden.update")) {
            if (System.getenv("CI") != null) {
                fail("refusing to update golden files when CI is set");
            }
            Files.createDirectories(GOLDEN.getParent());
            Files.writeString(GOLDEN, actual);
        }
        if (!Files.exists(GOLDEN)) {
            fail(GOLDEN + " is missing; create it with -Dgolden.update=true");
        }
        assertEquals(TestSites.read(GOLDEN), actual,
                "home page changed; if intended, run mvn test -Dtest=GoldenHomePageTest -Dgolden.update=true");
    }
}
