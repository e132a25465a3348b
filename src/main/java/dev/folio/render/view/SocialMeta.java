package dev.folio.render.view;

/**
 * What link previews read: OpenGraph and Twitter card data. URLs are absolute, or empty when the
 * site has no absolute baseUrl (then no preview image is announced).
 */
public record SocialMeta(String type, String url, String image, String imageAlt, String feed) {}
