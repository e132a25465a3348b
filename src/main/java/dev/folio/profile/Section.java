package dev.folio.profile;

/** A free section: a title and a Markdown body. */
public record Section(String title, String body) {}
