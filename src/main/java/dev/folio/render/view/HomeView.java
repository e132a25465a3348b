package dev.folio.render.view;

import dev.folio.profile.Language;
import dev.folio.profile.Principle;
import dev.folio.profile.SkillGroup;
import java.util.List;

/** Everything the home page shows, in the order it is usually shown. */
public record HomeView(
        PageInfo page,
        HeroView hero,
        List<MetricView> metrics,
        List<StoryCardView> stories,
        List<Principle> principles,
        List<SkillGroup> stack,
        List<JobView> experience,
        List<EducationView> education,
        List<ProjectView> projects,
        List<AwardView> awards,
        List<Language> languages,
        List<SectionView> sections,
        ContactView contact) {

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
    }
}
