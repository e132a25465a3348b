package dev.folio.render.view;

import dev.folio.render.Html;

/** A free section; {@code id} is its anchor, {@code body} sanitised Markdown. */
public record SectionView(String id, String title, Html body) {}
