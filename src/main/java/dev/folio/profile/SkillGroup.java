package dev.folio.profile;

import java.util.List;

/** A stack group: {@code name} "Data and infra", {@code keywords} the tools in it. */
public record SkillGroup(String name, List<String> keywords) {

    public SkillGroup {
        keywords = List.copyOf(keywords);
    }
}
