package dev.folio.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.serve.Changes.Scope;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

final class ChangesTest {

    static Changes of(String... paths) {
        return new Changes(new TreeSet<>(List.of(paths)), false);
    }

    @Test
    void eachPathCallsForItsOwnWork() {
        Map<String, Scope> expected = Map.ofEntries(
                Map.entry("content/profile.yml", Scope.CONTENT),
                Map.entry("content/stories/cache.md", Scope.CONTENT),
                Map.entry("content/stories", Scope.CONTENT),
                Map.entry("content/me.jpg", Scope.CONTENT),
                Map.entry("templates/home.jte", Scope.TEMPLATES),
                Map.entry("templates/partials/metric.jte", Scope.TEMPLATES),
                Map.entry("templates/README.md", Scope.NONE),
                Map.entry("templates/partials", Scope.THEMES),
                Map.entry("templates", Scope.THEMES),
                Map.entry("themes", Scope.THEMES),
                Map.entry("themes/mine", Scope.THEMES),
                Map.entry("themes/mine/theme.yml", Scope.THEMES),
                Map.entry("themes/mine/templates", Scope.THEMES),
                Map.entry("themes/mine/templates/story.jte", Scope.TEMPLATES),
                Map.entry("themes/mine/assets", Scope.ASSETS),
                Map.entry("themes/mine/assets/style.css", Scope.ASSETS),
                Map.entry("themes/mine/assets/img/logo.svg", Scope.ASSETS),
                Map.entry("themes/mine/README.md", Scope.NONE),
                Map.entry("content/.profile.yml.swp", Scope.NONE),
                Map.entry("content/profile.yml~", Scope.NONE),
                Map.entry("content/4913", Scope.NONE),
                Map.entry("content/#profile.yml#", Scope.NONE),
                Map.entry("templates/home.jte___jb_tmp___", Scope.NONE),
                Map.entry("target/site/index.html", Scope.NONE));
        expected.forEach((path, scope) -> assertEquals(scope, Changes.scopeOf(path), path));
    }

    @Test
    void aBurstCallsForTheMostWorkAnyOfItsPathsNeeds() {
        assertEquals(Scope.NONE, of().scope());
        assertEquals(Scope.NONE, of("content/.x.swp").scope());
        assertEquals(Scope.ASSETS, of("themes/a/assets/x.css", "content/.x.swp").scope());
        assertEquals(Scope.CONTENT, of("themes/a/assets/x.css", "content/profile.yml").scope());
        assertEquals(Scope.TEMPLATES, of("templates/home.jte", "content/profile.yml").scope());
        assertEquals(Scope.THEMES, of("themes/a/theme.yml", "templates/home.jte").scope());
        assertEquals(Scope.THEMES, new Changes(new TreeSet<>(), true).scope(), "lost events: everything");
        assertEquals(List.of("content/profile.yml"), of("content/profile.yml", "content/profile.yml~").relevant());
    }

    @Test
    void stylesOnlyWhenEveryRelevantChangeIsAThemeStylesheet() {
        assertTrue(of("themes/default/assets/style.css").stylesOnly());
        assertTrue(of("themes/default/assets/style.css", "themes/default/assets/.style.css.swp").stylesOnly());
        assertFalse(of("themes/default/assets/style.css", "themes/default/assets/logo.svg").stylesOnly());
        assertFalse(of("themes/default/assets/style.css", "content/profile.yml").stylesOnly());
        assertFalse(of("content/extra.css").stylesOnly());
        assertFalse(new Changes(new TreeSet<>(List.of("themes/default/assets/style.css")), true).stylesOnly());
    }
}
