package dev.folio.profile;

import java.util.List;
import java.util.Optional;

/** Everything {@code content/profile.yml} says, immutable. JSON Resume's core plus folio's extensions. */
public record Profile(
        Basics basics,
        List<Work> work,
        List<Education> education,
        List<SkillGroup> skills,
        List<Project> projects,
        List<Award> awards,
        List<Language> languages,
        List<Metric> metrics,
        List<Story> stories,
        List<Principle> principles,
        List<Section> sections) {

    public Profile {
        work = List.copyOf(work);
        education = List.copyOf(education);
        skills = List.copyOf(skills);
        projects = List.copyOf(projects);
        awards = List.copyOf(awards);
        languages = List.copyOf(languages);
        metrics = List.copyOf(metrics);
        stories = List.copyOf(stories);
        principles = List.copyOf(principles);
        sections = List.copyOf(sections);
    }

    public Optional<Metric> metric(String id) {
        return metrics.stream().filter(m -> m.id().equals(id)).findFirst();
    }
}
