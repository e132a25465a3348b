package dev.folio.render.view;

public record EducationView(String institution, String degree, String period, String score) {}
