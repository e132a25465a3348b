package dev.folio.check;

import java.util.Objects;

/**
 * A link that leaves the site (http, https), where it was found; checked only on request ({@code --external}).
 *
 * @param url the URL as written (with any fragment)
 */
public record ExternalRef(String page, int line, int column, String attribute, String url) {

    public ExternalRef {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(attribute, "attribute");
        Objects.requireNonNull(url, "url");
    }
}
