package dev.folio.render.view;

import dev.folio.profile.Language;
import dev.folio.profile.Principle;
import java.util.List;

/** Everything the home page shows, in the order it is usually shown. */
public record HomeView(
        PageInfo page,
        HeroView hero,
        List<MetricView> metrics,
        List<StoryCardView> stories,
        List<Principle> principles,
        List<StackGroupView> stack,
        List<JobView> experience,
        List<EducationView> education,
        List<ProjectView> projects,
        List<AwardView> awards,
        List<Language> languages,
        List<SectionView> sections,
        ContactView contact,
        List<String> order) {

    public HomeView {
        metrics = List.copyOf(metrics);
        stories = List.copyOf(stories);
        principles = List.copyOf(principles);
        stack = List.copyOf(stack);
        experience = List.copyOf(experience);
        education = List.copyOf(education);
        projects = List.copyOf(projects);
        awards = List.copyOf(awards);
        languages = List.copyOf(languages);
        sections = List.copyOf(sections);
        order = List.copyOf(order);
    }

    /** Whether the theme's order shows {@code section} and there is something in it. */
    public boolean shows(String section) {
        if (!order.contains(section)) {
            return false;
        }
        return switch (section) {
            case "impact" -> !metrics.isEmpty();
            case "stories" -> !stories.isEmpty();
            case "principles" -> !principles.isEmpty();
            case "stack" -> !stack.isEmpty();
            case "experience" -> !experience.isEmpty();
            case "education" -> !education.isEmpty();
            case "projects" -> !projects.isEmpty();
            case "recognition" -> !awards.isEmpty() || !languages.isEmpty();
            case "sections" -> !sections.isEmpty();
            default -> true;
        };
    }
}
