package dev.folio.render;

/** Escaping for the XML files folio writes (sitemap, feed). */
final class SiteXml {

    private SiteXml() {}

    /**
     * {@code text} with markup escaped and every character XML 1.0 cannot hold left out
     * ({@link XmlChars}): one of them would make the whole file unreadable to a feed reader.
     */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String kept = XmlChars.without(text, 0, text.length());
        for (int i = 0; i < kept.length(); i++) {
            char c = kept.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
