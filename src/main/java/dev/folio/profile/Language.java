package dev.folio.profile;

public record Language(String language, String fluency) {}
