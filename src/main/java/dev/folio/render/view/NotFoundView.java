package dev.folio.render.view;

public record NotFoundView(PageInfo page, String homeHref, ContactView contact) {}
