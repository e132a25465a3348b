package dev.folio.site;

/** A link in the site navigation: a label and a site-relative target such as "index.html#stories". */
public record NavItem(String label, String target) {}
