package dev.folio.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.build.BuildFailure;
import dev.folio.build.BuildOptions;
import dev.folio.build.Builder;
import dev.folio.build.TestSites;
import dev.folio.problem.Problem;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckConfigTest {

    @Test
    void defaultsFailOnBrokenThingsAndWarnOnWhatOnlyHurtsSearchAndSharing() {
        CheckConfig config = CheckConfig.defaults();
        for (Kind kind : List.of(Kind.BROKEN_LINK, Kind.BROKEN_FRAGMENT, Kind.CASE_MISMATCH, Kind.LEAVES_SITE,
                Kind.JAVASCRIPT_URL, Kind.INVALID_MAILTO, Kind.INVALID_TEL, Kind.DUPLICATE_ID, Kind.MISSING_ALT,
                Kind.MISSING_SRC, Kind.MISSING_TITLE, Kind.INSECURE_RESOURCE, Kind.EXTERNAL_BROKEN,
                Kind.EXTERNAL_UNREACHABLE)) {
            assertEquals(Severity.ERROR, config.severity(kind), kind.id());
        }
        for (Kind kind : List.of(Kind.MISSING_LANG, Kind.MISSING_DESCRIPTION, Kind.UNKNOWN_SCHEME,
                Kind.RELATIVE_LINK_IN_404, Kind.EXTERNAL_BLOCKED)) {
            assertEquals(Severity.WARN, config.severity(kind), kind.id());
        }
        assertEquals(Kind.values().length, config.severities().size());
    }

    @Test
    void builtFromStringsOnTopOfTheDefaults() {
        CheckConfig config = CheckConfig.of(Map.of("missing-alt", "warn", "missing-description", " ignore ",
                "missing-lang", "error"));
        assertEquals(Severity.WARN, config.severity(Kind.MISSING_ALT));
        assertEquals(Severity.IGNORE, config.severity(Kind.MISSING_DESCRIPTION));
        assertEquals(Severity.ERROR, config.severity(Kind.MISSING_LANG));
        assertEquals(Severity.ERROR, config.severity(Kind.BROKEN_LINK));
        assertEquals(Severity.WARN, config.with(Kind.BROKEN_LINK, Severity.WARN).severity(Kind.BROKEN_LINK));
        assertEquals(Severity.ERROR, config.severity(Kind.BROKEN_LINK), "with() leaves the original alone");
    }

    @Test
    void validationExplainsEveryBadEntryInKeyOrderWithSuggestions() {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("misssing-alt", "warn");
        settings.put("broken-link", "warning");
        settings.put("spelling", "error");
        settings.put("missing-title", "off");
        settings.put("duplicate-id", "ignore");
        assertEquals(List.of(
                "severity \"warning\" for broken-link is not one of error, warn, ignore; did you mean \"warn\"?",
                "severity \"off\" for missing-title is not one of error, warn, ignore",
                "unknown check kind \"misssing-alt\"; did you mean \"missing-alt\"?",
                "unknown check kind \"spelling\"; known kinds: broken-link, broken-fragment, case-mismatch, "
                        + "leaves-site, javascript-url, unknown-scheme, invalid-mailto, invalid-tel, duplicate-id, missing-alt, "
                        + "missing-src, missing-title, missing-lang, missing-description, insecure-resource, relative-link-in-404, "
                        + "external-broken, external-unreachable, external-blocked; option: assume-extension (true or"
                        + " false)"),
                CheckConfig.validate(settings));
        assertEquals(List.of(), CheckConfig.validate(Map.of("duplicate-id", "ignore")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CheckConfig.of(Map.of("brokn-link", "warn")));
        assertEquals("unknown check kind \"brokn-link\"; did you mean \"broken-link\"?", e.getMessage());
    }

    @Test
    void assumeExtensionIsAnOptionOnByDefaultSetWithTrueOrFalse() {
        assertTrue(CheckConfig.defaults().assumeExtension());
        CheckConfig off = CheckConfig.of(Map.of("assume-extension", " false ", "missing-alt", "warn"));
        assertFalse(off.assumeExtension());
        assertEquals(Severity.WARN, off.severity(Kind.MISSING_ALT));
        assertFalse(off.with(Kind.BROKEN_LINK, Severity.WARN).assumeExtension(), "with() keeps the option");
        assertTrue(off.withAssumeExtension(true).assumeExtension());
        assertTrue(CheckConfig.of(Map.of("assume-extension", "true")).assumeExtension());
        assertEquals(List.of(
                "assume-extension is \"yes\"; write true or false",
                "unknown check kind \"asume-extension\"; did you mean \"assume-extension\"?"),
                CheckConfig.validate(Map.of("assume-extension", "yes", "asume-extension", "false")));
    }

    @Test
    void assumeExtensionIsReadFromTheCheckSectionOfSiteYml(@TempDir Path dir) {
        String notFound = """
                @param dev.folio.render.view.NotFoundView view
                <!DOCTYPE html><html lang="en"><title>x</title><a href="/index">home</a></html>
                """;
        Path source = TestSites.write(dir.resolve("src"), Map.of("content/profile.yml", TestSites.MINIMAL_PROFILE,
                "templates/404.jte", notFound));
        assertTrue(Builder.build(new BuildOptions(source, dir.resolve("out"), Optional.empty())).check().ok());

        TestSites.write(source, Map.of("content/site.yml", "check:\n  assume-extension: false\n"));
        BuildFailure failure = assertThrows(BuildFailure.class,
                () -> Builder.build(new BuildOptions(source, dir.resolve("out"), Optional.empty())));
        assertEquals(List.of("404.html:1:48: href \"/index\": file not found: index; index.html exists, and GitHub"
                + " Pages and Netlify serve it at this address: accept such links with assume-extension: true under"
                + " check: in site.yml (folio check --assume-extension), or add .html to the link [broken-link]"),
                failure.problems().stream().map(Problem::format).toList());
    }
}
