package dev.folio.input.resume;

import dev.folio.profile.Profile;

/**
 * A résumé read into a profile. {@code nameFound} is false when the résumé has no name: the
 * profile then holds an empty name, which the caller must fill before writing.
 */
public record ParsedResume(Profile profile, Reviews reviews, ResumeReport report, boolean nameFound) {}
