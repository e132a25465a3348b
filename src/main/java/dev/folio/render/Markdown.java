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
 * their target. One instance renders documents from several threads at once.
 *
 * <p>Looking for bare addresses to link is the slowest part of parsing, and most text holds none:
 * a document in which none can be found (see {@link #mayAutolink}) is parsed without that pass,
 * which gives the same HTML.
 *
 * <p>The parsed document is written by {@link MarkdownHtml}, which gives the same string as
 * flexmark's HtmlRenderer configured here at a fraction of its cost; a document holding a node
 * type that writer does not know is rendered by flexmark's renderer.
 */
public final class Markdown {

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");

    private final Parser parser;
    /** The same parser without the autolink pass, for text that holds nothing it could link. */
    private final Parser plainParser;
    private final HtmlRenderer renderer;
    private final MarkdownHtml.Settings settings;

    public Markdown() {
        MutableDataSet options = options(List.of(TablesExtension.create(), AutolinkExtension.create(),
                StrikethroughExtension.create(), TaskListExtension.create(), AnchorLinkExtension.create()));
        this.parser = Parser.builder(options).build();
        this.plainParser = Parser.builder(options(List.of(TablesExtension.create(), StrikethroughExtension.create(),
                TaskListExtension.create(), AnchorLinkExtension.create()))).build();
        this.renderer = HtmlRenderer.builder(options)
                .attributeProviderFactory(new IndependentAttributeProviderFactory() {
                    @Override
                    public AttributeProvider apply(LinkResolverContext context) {
                        return Markdown::sanitise;
                    }
                })
                .build();
        this.settings = MarkdownHtml.Settings.of(renderer.getOptions());
    }

    private static MutableDataSet options(List<com.vladsch.flexmark.util.misc.Extension> extensions) {
        return new MutableDataSet()
                .set(Parser.EXTENSIONS, extensions)
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, false)
                .set(AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT, true)
                .set(HtmlRenderer.SOFT_BREAK, "\n");
    }

    public Html render(String markdown) {
        return markdown.isBlank() ? Html.EMPTY : new Html(write(parserFor(markdown), markdown));
    }

    /** As {@link #render}, always with the autolink pass; for tests that compare the two. */
    Html renderWithAutolinks(String markdown) {
        return markdown.isBlank() ? Html.EMPTY : new Html(write(parser, markdown));
    }

    /** The HTML of {@code markdown} by flexmark's HtmlRenderer, parsed as {@link #render} parses it; for tests. */
    String renderWithFlexmark(String markdown) {
        return renderer.render(parserFor(markdown).parse(markdown));
    }

    /** The HTML of {@code markdown} by {@link MarkdownHtml}, or null where it declines; for tests. */
    String renderWithWriter(String markdown) {
        return MarkdownHtml.write(settings, parserFor(markdown).parse(markdown));
    }

    private Parser parserFor(String markdown) {
        return mayAutolink(markdown) ? parser : plainParser;
    }

    private String write(Parser parser, String markdown) {
        String html = MarkdownHtml.write(settings, parser.parse(markdown));
        // the writer gave the first document its heading ids; flexmark renders a fresh one
        return html != null ? html : renderer.render(parser.parse(markdown));
    }

    /**
     * False only when the autolink pass cannot find anything in {@code markdown}: it links
     * {@code scheme://...}, {@code www....} and {@code name@host} in text after backslash escapes and
     * character references are resolved, so text without "://", "www", '@', '&amp;' (a reference
     * could spell any of them) and backslash-escaped ':' or '/' has nothing to link.
     */
    static boolean mayAutolink(String markdown) {
        return markdown.indexOf('@') >= 0 || markdown.indexOf('&') >= 0 || markdown.contains("://")
                || markdown.contains("www") || markdown.contains("\\:") || markdown.contains("\\/");
    }

    /** For flexmark's renderer; {@link MarkdownHtml} does the same as it writes (MarkdownHtmlTest compares them). */
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
        // the value is written into the attribute as it is, and a browser decodes character references in it
        // before it reads the scheme: &#106;avascript&#58; is javascript:
        String decoded = url.indexOf('&') >= 0 ? org.jsoup.parser.Parser.unescapeEntities(url, true) : url;
        String trimmed = hasSpaceOrControl(decoded) ? decoded.replaceAll("[\\x00-\\x20\\x7F]", "") : decoded;
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

    private static boolean hasSpaceOrControl(String url) {
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c <= 0x20 || c == 0x7F) {
                return true;
            }
        }
        return false;
    }
}
