package dev.folio.profile;

import java.util.List;

/**
 * Who the portfolio is about. Names follow JSON Resume; {@code headline} is folio's own: the one
 * sentence the home page opens with. Absent text is the empty string, never null.
 */
public record Basics(
        String name,
        String label,
        String headline,
        String email,
        String phone,
        String url,
        String summary,
        String image,
        Location location,
        List<SocialProfile> profiles) {

    public Basics {
        profiles = List.copyOf(profiles);
    }
}
