package dev.folio.profile;

/** An account elsewhere: {@code network} "GitHub", {@code username}, {@code url}. */
public record SocialProfile(String network, String username, String url) {}
