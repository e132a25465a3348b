package dev.folio.profile;

import java.util.Optional;

public record Education(
        String institution,
        String area,
        String studyType,
        Optional<PartialDate> startDate,
        Optional<PartialDate> endDate,
        String score) {}
