package dev.folio.render.view;

public record AwardView(String title, String date, String awarder, String summary) {}
