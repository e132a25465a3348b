package dev.folio.render;

import dev.folio.input.SiteInput;
import dev.folio.profile.Award;
import dev.folio.profile.Basics;
import dev.folio.profile.Direction;
import dev.folio.profile.Education;
import dev.folio.profile.Metric;
import dev.folio.profile.PartialDate;
import dev.folio.profile.Profile;
import dev.folio.profile.Project;
import dev.folio.profile.SiteSettings;
import dev.folio.profile.SocialProfile;
import dev.folio.profile.Story;
import dev.folio.profile.Work;
import dev.folio.render.view.AwardView;
import dev.folio.render.view.ContactView;
import dev.folio.render.view.EducationView;
import dev.folio.render.view.HeroView;
import dev.folio.render.view.HomeView;
import dev.folio.render.view.JobView;
import dev.folio.render.view.LinkView;
import dev.folio.render.view.MetricView;
import dev.folio.render.view.NotFoundView;
import dev.folio.render.view.PageInfo;
import dev.folio.render.view.ProjectView;
import dev.folio.render.view.SectionView;
import dev.folio.render.view.SocialMeta;
import dev.folio.render.view.StackGroupView;
import dev.folio.render.view.TechView;
import dev.folio.render.view.StoryCardView;
import dev.folio.render.view.StoryView;
import dev.folio.site.Assembler;
import dev.folio.site.Page;
import dev.folio.site.Site;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Turns the assembled site into the view records the templates read. */
final class Views {

    static final String MEDIA = Site.MEDIA;

    private final Site site;
    private final Profile profile;
    private final SiteSettings settings;
    private final Markdown markdown;
    /** Each story's place in the profile (the first, for equal ones), so a story page finds its neighbours at once. */
    private final java.util.Map<Story, Integer> storyIndex = new java.util.HashMap<>();

    /** Views of one site; immutable, so pages may be made from several threads at once. */
    private final boolean customCss;

    Views(Site site, Markdown markdown) {
        this(site, markdown, false);
    }

    /** {@code customCss}: the site has assets/custom.css, which every page links after the theme's styles. */
    Views(Site site, Markdown markdown, boolean customCss) {
        this.customCss = customCss;
        this.site = site;
        SiteInput input = site.input();
        this.profile = input.profile();
        this.settings = input.settings();
        this.markdown = markdown;
        List<Story> stories = profile.stories();
        for (int i = 0; i < stories.size(); i++) {
            storyIndex.putIfAbsent(stories.get(i), i);
        }
    }

    Object of(Page page) {
        return switch (page.kind()) {
            case HOME -> home(page);
            case STORY -> story(page, page.story().orElseThrow());
            case NOT_FOUND -> new NotFoundView(info(page, page.title(), description()),
                    page.href(""), contact(page));
        };
    }

    private String description() {
        if (!settings.description().isEmpty()) {
            return settings.description();
        }
        Basics b = profile.basics();
        return firstNonEmpty(b.headline(), b.summary(), b.label(), b.name());
    }

    PageInfo info(Page page, String title, String description) {
        return info(page, title, description, JsonLd.NONE);
    }

    /** The site's absolute address, or empty when baseUrl is only a path. */
    private String siteUrl() {
        return settings.baseUrl().contains("://") ? settings.baseUrl() : "";
    }

    PageInfo info(Page page, String title, String description, JsonLd jsonLd) {
        List<LinkView> nav = site.nav().stream().map(n -> new LinkView(n.label(),
                page.kind() == dev.folio.site.PageKind.HOME && n.target().startsWith(Assembler.HOME + "#")
                        ? n.target().substring(Assembler.HOME.length()) : page.href(n.target()))).toList();
        String canonical = settings.baseUrl().contains("://") && page.kind() != dev.folio.site.PageKind.NOT_FOUND
                ? settings.baseUrl() + (page.path().equals(Assembler.HOME) ? "" : page.path()) : "";
        boolean story = page.kind() == dev.folio.site.PageKind.STORY;
        SocialMeta social = new SocialMeta(story ? "article" : "profile", canonical,
                siteUrl().isEmpty() ? "" : siteUrl() + SocialCard.PATH,
                profile.basics().name() + (profile.basics().headline().isEmpty() ? "" : ": " + profile.basics().headline()),
                profile.stories().isEmpty() || siteUrl().isEmpty() ? "" : page.href(AtomFeed.PATH));
        return new PageInfo(title, description, settings.language(), canonical, page.root(), settings.title(),
                profile.basics().name(), nav, jsonLd, social, site.input().theme(), customCss);
    }

    private HomeView home(Page page) {
        Basics b = profile.basics();
        String image = b.image().isEmpty() ? "" : isAddress(b.image()) ? b.image() : page.href(MEDIA + b.image());
        HeroView hero = new HeroView(b.name(), b.label(), b.headline(), b.summary(), b.location().display(), image,
                socialLinks(b));
        List<StoryCardView> stories = profile.stories().stream().map(s -> new StoryCardView(s.id(), s.title(),
                s.category(), s.summary(), page.href(Site.storyPath(s.id())), metrics(s))).toList();
        String imageUrl = b.image().isEmpty() ? "" : isAddress(b.image()) ? b.image()
                : siteUrl().isEmpty() ? "" : siteUrl() + MEDIA + b.image();
        return new HomeView(
                info(page, page.title(), description(), JsonLd.person(profile, siteUrl(), imageUrl)),
                hero,
                profile.metrics().stream().map(Views::metric).toList(),
                stories,
                profile.principles(),
                stack(page),
                jobs(),
                profile.education().stream().map(Views::education).toList(),
                profile.projects().stream().map(Views::project).toList(),
                profile.awards().stream().map(Views::award).toList(),
                profile.languages(),
                sections(),
                contact(page),
                site.input().theme().order());
    }

    /** Each technology with the stories and jobs whose keywords name it. */
    private List<StackGroupView> stack(Page page) {
        List<StackGroupView> groups = new ArrayList<>();
        List<JobView> jobs = jobs();
        for (var group : profile.skills()) {
            List<TechView> items = new ArrayList<>();
            for (String tech : group.keywords()) {
                List<LinkView> used = new ArrayList<>();
                for (Story s : profile.stories()) {
                    if (mentions(s.keywords(), tech)) {
                        used.add(new LinkView(s.title(), page.href(Site.storyPath(s.id()))));
                    }
                }
                for (int i = 0; i < profile.work().size(); i++) {
                    if (mentions(profile.work().get(i).keywords(), tech)) {
                        used.add(new LinkView(profile.work().get(i).name(), "#" + jobs.get(i).anchor()));
                    }
                }
                items.add(new TechView(tech, used));
            }
            groups.add(new StackGroupView(group.name(), items));
        }
        return groups;
    }

    private static boolean mentions(List<String> keywords, String tech) {
        return keywords.stream().anyMatch(k -> k.equalsIgnoreCase(tech));
    }

    private List<JobView> jobs() {
        List<JobView> jobs = new ArrayList<>();
        java.util.Set<String> anchors = new java.util.HashSet<>();
        for (Work w : profile.work()) {
            String anchor = "job-" + slug(w.name().isEmpty() ? w.position() : w.name());
            String unique = anchor;
            for (int n = 2; !anchors.add(unique); n++) {
                unique = anchor + "-" + n;
            }
            jobs.add(job(w, unique));
        }
        return jobs;
    }

    private List<SectionView> sections() {
        List<SectionView> out = new ArrayList<>();
        for (var section : profile.sections()) {
            out.add(new SectionView("section-" + slug(section.title()), section.title(),
                    markdown.render(section.body())));
        }
        return out;
    }

    private StoryView story(Page page, Story story) {
        List<Story> all = profile.stories();
        int index = storyIndex.getOrDefault(story, -1);
        Optional<LinkView> previous = index > 0
                ? Optional.of(new LinkView(all.get(index - 1).title(), page.href(Site.storyPath(all.get(index - 1).id()))))
                : Optional.empty();
        Optional<LinkView> next = index < all.size() - 1
                ? Optional.of(new LinkView(all.get(index + 1).title(), page.href(Site.storyPath(all.get(index + 1).id()))))
                : Optional.empty();
        String description = firstNonEmpty(story.summary(), story.problem(), description());
        String pageUrl = siteUrl().isEmpty() ? "" : siteUrl() + page.path();
        return new StoryView(info(page, page.title(), description, JsonLd.article(profile, story, pageUrl, siteUrl())),
                story.title(), story.category(), story.summary(),
                story.problem(), story.approach(), story.impact(), metrics(story), story.keywords(),
                markdown.render(story.body()), page.href(Assembler.HOME), previous, next, contact(page));
    }

    private List<MetricView> metrics(Story story) {
        return story.metrics().stream().map(profile::metric).flatMap(Optional::stream).map(Views::metric).toList();
    }

    static MetricView metric(Metric m) {
        String direction = m.direction().map(d -> d == Direction.LOWER_IS_BETTER ? "lower is better"
                : "higher is better").orElse("");
        String change = MetricChange.of(m).orElse("");
        int[] bars = MetricChange.bars(m);
        String summary = m.comparison()
                ? m.label() + " went from " + m.before() + m.unitSuffix() + " to " + m.after() + m.unitSuffix()
                        + (change.isEmpty() && direction.isEmpty() ? ""
                        : " (" + (change.isEmpty() ? direction : direction.isEmpty() ? change : change + ", " + direction) + ")")
                : m.label() + ": " + m.display();
        return new MetricView(m.id(), m.label(), m.display(), m.number(), m.unitSuffix(), m.comparison(), m.before(),
                m.after(), m.unit(), change, direction, MetricChange.improved(m), m.context(), bars[0], bars[1], summary);
    }

    private static JobView job(Work w, String anchor) {
        return new JobView(anchor, w.name(), w.position(), w.location(), w.url(), period(w.startDate(), w.endDate(), true),
                w.startDate().map(PartialDate::iso).orElse(""), w.endDate().map(PartialDate::iso).orElse(""),
                w.current(), w.summary(), w.highlights(), w.keywords());
    }

    private static EducationView education(Education e) {
        String degree = e.studyType().isEmpty() ? e.area()
                : e.area().isEmpty() ? e.studyType() : e.studyType() + ", " + e.area();
        return new EducationView(e.institution(), degree, period(e.startDate(), e.endDate(), false), e.score());
    }

    private static ProjectView project(Project p) {
        return new ProjectView(p.name(), p.description(), p.url(), period(p.startDate(), p.endDate(), false),
                p.highlights(), p.keywords());
    }

    private static AwardView award(Award a) {
        return new AwardView(a.title(), a.date().map(PartialDate::display).orElse(""), a.awarder(), a.summary());
    }

    /** "Jun 2021 – Present", "2016 – 2019", "2019", or "". */
    static String period(Optional<PartialDate> start, Optional<PartialDate> end, boolean openMeansPresent) {
        if (start.isEmpty()) {
            return end.map(PartialDate::display).orElse("");
        }
        if (end.isEmpty()) {
            return openMeansPresent ? start.get().display() + " – Present" : start.get().display();
        }
        if (end.get().equals(start.get())) {
            return start.get().display();
        }
        return start.get().display() + " – " + end.get().display();
    }

    private ContactView contact(Page page) {
        Basics b = profile.basics();
        List<LinkView> links = new ArrayList<>();
        if (!b.email().isEmpty()) {
            links.add(new LinkView(b.email(), "mailto:" + b.email()));
        }
        if (!b.phone().isEmpty()) {
            links.add(new LinkView(b.phone(), "tel:" + b.phone().replaceAll("[^+\\d]", "")));
        }
        links.addAll(socialLinks(b));
        return new ContactView(b.name(), b.label(), b.location().display(), links);
    }

    private static List<LinkView> socialLinks(Basics b) {
        List<LinkView> links = new ArrayList<>();
        if (!b.url().isEmpty()) {
            links.add(new LinkView("Website", b.url()));
        }
        for (SocialProfile p : b.profiles()) {
            if (!p.url().isEmpty()) {
                links.add(new LinkView(p.network(), p.url()));
            }
        }
        return links;
    }

    static boolean isAddress(String target) {
        return target.regionMatches(true, 0, "https://", 0, 8) || target.regionMatches(true, 0, "http://", 0, 7);
    }

    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "section" : slug;
    }

    private static String firstNonEmpty(String... values) {
        for (String v : values) {
            if (!v.isEmpty()) {
                return v;
            }
        }
        return "";
    }
}
