package dev.folio.profile;

import java.util.Optional;

public record Award(String title, Optional<PartialDate> date, String awarder, String summary) {}
