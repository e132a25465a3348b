package dev.folio.render;

import gg.jte.TemplateOutput;
import gg.jte.output.Utf8ByteOutput;

/**
 * A page's bytes as its template writes them, without the characters XML cannot hold
 * ({@link XmlChars}) that the site's text may carry: they are errors in HTML too, and half a
 * surrogate pair would otherwise be written as a question mark.
 */
final class PageOutput implements TemplateOutput {

    private final Utf8ByteOutput bytes = new Utf8ByteOutput();

    @Override
    public void writeContent(String value) {
        writeContent(value, 0, value.length());
    }

    @Override
    public void writeContent(String value, int beginIndex, int endIndex) {
        if (XmlChars.allAllowed(value, beginIndex, endIndex)) {
            bytes.writeContent(value, beginIndex, endIndex);
        } else {
            bytes.writeContent(XmlChars.without(value, beginIndex, endIndex));
        }
    }

    @Override
    public void writeBinaryContent(byte[] value) {
        bytes.writeBinaryContent(value); // a template's own text, encoded when it was compiled
    }

    byte[] toByteArray() {
        return bytes.toByteArray();
    }
}
