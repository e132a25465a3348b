package dev.folio.profile;

/** One entry of the "How I think" section. */
public record Principle(String title, String text) {}
