package dev.folio.render;

import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.autolink.AutolinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.html.MutableAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Markdown to {@link Html}: GitHub-flavoured tables, autolinks, strikethrough and task lists;
 * raw HTML is shown as text, and links or images whose scheme is not http(s), mailto or tel lose
 * their target.
 */
public final class Markdown {

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");

    private final Parser parser;
    private final HtmlRenderer renderer;

    public Markdown() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create(), AutolinkExtension.create(),
                        StrikethroughExtension.create(), TaskListExtension.create(), AnchorLinkExtension.create()))
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, false)
                .set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n");
        this.parser = Parser.builder(options).build();
        this.renderer = HtmlRenderer.builder(options)
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return Markdown::sanitise;
                    }
                })
                .build();
    }

    public Html render(String markdown) {
        if (markdown.isBlank()) {
            return Html.EMPTY;
        }
        Node document = parser.parse(markdown);
        return new Html(renderer.render(document));
    }

    private static void sanitise(Node node, AttributablePart part, MutableAttributes attributes) {
        if (part == AttributablePart.NODE
                && (node instanceof com.vladsch.flexmark.ast.FencedCodeBlock
                        || node instanceof com.vladsch.flexmark.ast.IndentedCodeBlock)) {
            // a code block scrolls sideways; keyboard users must be able to reach it
            attributes.replaceValue("tabindex", "0");
        }
        for (String name : new String[] {"href", "src"}) {
            if (attributes.contains(name) && !safe(attributes.getValue(name))) {
                attributes.remove(name);
            }
        }
    }

    /** Relative links and fragments are safe; absolute ones only with an allowed scheme. */
    static boolean safe(String url) {
        String trimmed = url.replaceAll("[\\x00-\\x20\\x7F]", "");
        int colon = trimmed.indexOf(':');
        if (colon < 0) {
            return true;
        }
        int slash = trimmed.indexOf('/');
        int query = trimmed.indexOf('?');
        int hash = trimmed.indexOf('#');
        boolean colonInPath = (slash >= 0 && slash < colon) || (query >= 0 && query < colon) || (hash >= 0 && hash < colon);
        return colonInPath || SAFE_SCHEMES.contains(trimmed.substring(0, colon).toLowerCase(Locale.ROOT));
    }
}
