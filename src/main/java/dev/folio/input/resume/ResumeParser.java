package dev.folio.input.resume;

import dev.folio.profile.Award;
import dev.folio.profile.Basics;
import dev.folio.profile.Education;
import dev.folio.profile.Language;
import dev.folio.profile.Profile;
import dev.folio.profile.Project;
import dev.folio.profile.Section;
import dev.folio.profile.SkillGroup;
import dev.folio.profile.Work;
import java.util.ArrayList;
import java.util.List;

/** The reader pipeline for résumé text: lines → sections → entries → fields → profile. */
final class ResumeParser {

    private ResumeParser() {}

    static ParsedResume parse(String text) {
        List<SourceLine> lines = LineCleaner.clean(text);
        Usage usage = new Usage();
        Reviews reviews = new Reviews();
        List<Block> blocks = Sectioner.split(lines, usage);
        ContactReader contact = new ContactReader(usage);
        List<SourceLine> header = new ArrayList<>();
        for (Block b : blocks) {
            if (b.kind == SectionKind.HEADER || b.kind == SectionKind.CONTACT) {
                header.addAll(b.content());
            }
        }
        contact.read(header);
        List<String> summaries = new ArrayList<>();
        if (!contact.summary.isEmpty()) {
            summaries.add(Join.lines(contact.summary));
        }
        List<Work> work = new ArrayList<>();
        List<Education> education = new ArrayList<>();
        List<SkillGroup> skills = new ArrayList<>();
        List<Project> projects = new ArrayList<>();
        List<Award> awards = new ArrayList<>();
        List<Language> languages = new ArrayList<>();
        List<Section> sections = new ArrayList<>();
        List<String> notSpoken = new ArrayList<>();
        for (Block b : blocks) {
            switch (b.kind) {
                case SUMMARY -> {
                    String s = OtherReader.summary(b, usage);
                    if (!s.isEmpty()) {
                        summaries.add(s);
                    }
                }
                case EXPERIENCE -> work.addAll(WorkReader.read(b.content(), usage, reviews, work.size()));
                case EDUCATION -> education.addAll(EducationReader.read(b.content(), usage, reviews, education.size()));
                case SKILLS -> merge(skills, SkillsReader.read(b, usage, reviews, skills.size()));
                case PROJECTS -> projects.addAll(ProjectsReader.read(b.content(), usage, reviews, projects.size()));
                case AWARDS -> awards.addAll(OtherReader.awards(b, usage));
                case LANGUAGES -> languages.addAll(OtherReader.languages(b, usage, notSpoken));
                case OTHER -> {
                    Section s = OtherReader.section(b, usage);
                    if (!s.body().isEmpty()) {
                        sections.add(s);
                    }
                }
                default -> { }
            }
        }
        if (!notSpoken.isEmpty()) {
            merge(skills, List.of(new SkillGroup("Languages", notSpoken)));
        }
        if (contact.nameFromCapitals) {
            reviews.add("basics.name", "written in capitals in the résumé; check the case");
        }
        Basics basics = new Basics(contact.name, contact.label, "", contact.email, contact.phone, contact.url,
                String.join("\n\n", summaries), "", contact.location, contact.profiles);
        Profile profile = new Profile(basics, work, education, skills, projects, awards, languages, List.of(), List.of(),
                List.of(), sections);
        profile = Highlights.withMetricsAndStories(profile, reviews);
        ResumeReport report = Report.of(profile, contact, usage.unused(lines), !contact.name.isEmpty());
        return new ParsedResume(profile, reviews, report, !contact.name.isEmpty());
    }

    private static void merge(List<SkillGroup> into, List<SkillGroup> more) {
        for (SkillGroup g : more) {
            int at = -1;
            for (int i = 0; i < into.size(); i++) {
                if (into.get(i).name().equals(g.name())) {
                    at = i;
                }
            }
            if (at < 0) {
                into.add(g);
            } else {
                List<String> k = new ArrayList<>(into.get(at).keywords());
                g.keywords().stream().filter(x -> !k.contains(x)).forEach(k::add);
                into.set(at, new SkillGroup(g.name(), k));
            }
        }
    }
}
