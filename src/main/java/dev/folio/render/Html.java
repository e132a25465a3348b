package dev.folio.render;

import gg.jte.Content;
import gg.jte.TemplateOutput;

/**
 * HTML that folio produced itself (from sanitised Markdown), so templates may output it unescaped.
 * Only {@link Markdown} creates it; profile text never becomes Html without passing through there.
 */
public final class Html implements Content {

    public static final Html EMPTY = new Html("");

    private final String value;

    Html(String value) {
        this.value = value;
    }

    @Override
    public void writeTo(TemplateOutput output) {
        output.writeContent(value);
    }

    @Override
    public boolean isEmptyContent() {
        return value.isBlank();
    }

    @Override
    public String toString() {
        return value;
    }
}
