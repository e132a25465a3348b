package dev.folio.render.view;

/** A link: visible label and a target already made safe and relative to the page. */
public record LinkView(String label, String href) {}
