package dev.folio.input.resume.pdf;

/** One character on a page: its box (top-down y, in points) and text. */
record Glyph(float x, float y, float width, float size, String text) {

    float right() {
        return x + width;
    }

    boolean space() {
        return text.isBlank();
    }
}
