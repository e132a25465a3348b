package dev.folio.input.resume.pdf;

/** Glyphs of one line with no wide gap between them: a phrase, a column's part of a line. */
record Chunk(float x0, float x1, float y, String text) {}
