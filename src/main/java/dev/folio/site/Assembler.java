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
        return new Site(input, pages, nav(profile));
    }

    /** One entry per home-page section that has content, in page order. */
    static List<NavItem> nav(Profile p) {
        List<NavItem> nav = new ArrayList<>();
        if (!p.metrics().isEmpty()) nav.add(new NavItem("Impact", HOME + "#impact"));
        if (!p.stories().isEmpty()) nav.add(new NavItem("Stories", HOME + "#stories"));
        if (!p.principles().isEmpty()) nav.add(new NavItem("Approach", HOME + "#principles"));
        if (!p.skills().isEmpty()) nav.add(new NavItem("Stack", HOME + "#stack"));
        if (!p.work().isEmpty()) nav.add(new NavItem("Experience", HOME + "#experience"));
        nav.add(new NavItem("Contact", HOME + "#contact"));
        return nav;
    }
}
