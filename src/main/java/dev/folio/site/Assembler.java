package dev.folio.site;

import dev.folio.input.SiteInput;
import dev.folio.profile.Profile;
import dev.folio.profile.Story;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Decides the pages, their URLs and the navigation. Writes nothing. */
public final class Assembler {

    public static final String HOME = "index.html";
    public static final String NOT_FOUND = "404.html";

    private Assembler() {}

    public static Site assemble(SiteInput input) {
        Profile profile = input.profile();
        List<Page> pages = new ArrayList<>();
        String title = input.settings().title();
        pages.add(new Page(PageKind.HOME, HOME, "", title, Optional.empty()));
        for (Story story : profile.stories()) {
            pages.add(new Page(PageKind.STORY, Site.storyPath(story.id()), "../",
                    story.title() + " — " + profile.basics().name(), Optional.of(story)));
        }
        pages.add(new Page(PageKind.NOT_FOUND, NOT_FOUND, input.settings().basePath(),
                "Page not found — " + title, Optional.empty()));
        return new Site(input, pages, nav(profile, input.theme().order()));
    }

    /** One entry per main home-page section that is shown and has content, in the theme's order. */
    static List<NavItem> nav(Profile p, List<String> order) {
        List<NavItem> nav = new ArrayList<>();
        for (String section : order) {
            switch (section) {
                case "impact" -> add(nav, !p.metrics().isEmpty(), "Impact", section);
                case "stories" -> add(nav, !p.stories().isEmpty(), "Stories", section);
                case "principles" -> add(nav, !p.principles().isEmpty(), "Approach", section);
                case "stack" -> add(nav, !p.skills().isEmpty(), "Stack", section);
                case "experience" -> add(nav, !p.work().isEmpty(), "Experience", section);
                case "contact" -> add(nav, true, "Contact", section);
                default -> { }
            }
        }
        return nav;
    }

    private static void add(List<NavItem> nav, boolean shown, String label, String anchor) {
        if (shown) {
            nav.add(new NavItem(label, HOME + "#" + anchor));
        }
    }
}
