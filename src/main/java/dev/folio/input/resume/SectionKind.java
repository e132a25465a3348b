package dev.folio.input.resume;

/** What a résumé section holds, named by its heading. */
enum SectionKind {
    /** Lines before the first heading: name, contact, perhaps a summary. */
    HEADER,
    CONTACT,
    SUMMARY,
    EXPERIENCE,
    EDUCATION,
    SKILLS,
    PROJECTS,
    AWARDS,
    LANGUAGES,
    /** Certifications, publications, volunteering, interests and any other titled section. */
    OTHER
}
