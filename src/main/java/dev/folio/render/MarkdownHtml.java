package dev.folio.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ast.util.ReferenceRepository;
import com.vladsch.flexmark.ext.anchorlink.AnchorLink;
import com.vladsch.flexmark.ext.anchorlink.AnchorLinkExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListExtension;
import com.vladsch.flexmark.ext.gfm.tasklist.TaskListItem;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.HtmlRendererOptions;
import com.vladsch.flexmark.html.renderer.HeaderIdGenerator;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import com.vladsch.flexmark.util.sequence.SubSequence;

/**
 * Writes the HTML of a flexmark document with the options {@link Markdown} uses, the same string
 * flexmark's HtmlRenderer gives (including Markdown's link sanitising and the keyboard-reachable
 * code blocks), in one pass over the tree and one buffer.
 *
 * <p>Every node is written as its flexmark renderer writes it: text and attribute values escaped,
 * raw HTML escaped as text. A node of any other type makes {@link #write} return null, and the
 * caller renders that document with flexmark instead.
 */
final class MarkdownHtml {

    /**
     * What {@link #write} needs of a renderer's options, read once. {@link #of} refuses options
     * this writer does not follow.
     */
    record Settings(HtmlRendererOptions html, ListOptions lists, String doneMarker, String notDoneMarker,
            String taskItemClass, boolean columnSpans) {

        static Settings of(DataHolder options) {
            HtmlRendererOptions html = new HtmlRendererOptions(options);
            boolean followed = html.escapeHtmlBlocks && html.escapeHtmlCommentBlocks && html.escapeInlineHtml
                    && html.escapeInlineHtmlComments && !html.suppressHtmlBlocks && !html.suppressHtmlCommentBlocks
                    && !html.suppressInlineHtml && !html.suppressInlineHtmlComments && !html.doNotRenderLinksInDocument
                    && !html.renderHeaderId && html.generateHeaderIds && html.indentSize == 0
                    && !html.sourcePositionParagraphLines && html.sourcePositionAttribute.isEmpty()
                    && !html.sourceWrapHtmlBlocks && !html.percentEncodeUrls && html.unescapeHtmlEntities
                    && html.htmlBlockOpenTagEol && html.htmlBlockCloseTagEol && !html.noPTagsUseBr
                    && html.emphasisStyleHtmlOpen == null && html.strongEmphasisStyleHtmlOpen == null
                    && html.codeStyleHtmlOpen == null && html.formatFlags == LineAppendable.F_TRIM_LEADING_WHITESPACE
                    && html.maxBlankLines == 1 && html.maxTrailingBlankLines == 1
                    && !HtmlRenderer.OBFUSCATE_EMAIL.get(options)
                    && !HtmlRenderer.RECHECK_UNDEFINED_REFERENCES.get(options)
                    && !Parser.FENCED_CODE_CONTENT_BLOCK.get(options) && !Parser.CODE_SOFT_LINE_BREAKS.get(options)
                    && TablesExtension.CLASS_NAME.get(options).isEmpty()
                    && TaskListExtension.TIGHT_ITEM_CLASS.get(options).equals(TaskListExtension.LOOSE_ITEM_CLASS.get(options))
                    && TaskListExtension.ITEM_DONE_CLASS.get(options).isEmpty()
                    && TaskListExtension.ITEM_NOT_DONE_CLASS.get(options).isEmpty()
                    && TaskListExtension.PARAGRAPH_CLASS.get(options).isEmpty()
                    && AnchorLinkExtension.ANCHORLINKS_WRAP_TEXT.get(options) && AnchorLinkExtension.ANCHORLINKS_SET_ID.get(options)
                    && !AnchorLinkExtension.ANCHORLINKS_SET_NAME.get(options)
                    && AnchorLinkExtension.ANCHORLINKS_ANCHOR_CLASS.get(options).isEmpty()
                    && AnchorLinkExtension.ANCHORLINKS_TEXT_PREFIX.get(options).isEmpty()
                    && AnchorLinkExtension.ANCHORLINKS_TEXT_SUFFIX.get(options).isEmpty();
            if (!followed) {
                throw new IllegalArgumentException("MarkdownHtml follows only the renderer options Markdown sets");
            }
            return new Settings(html, ListOptions.get(options), TaskListExtension.ITEM_DONE_MARKER.get(options),
                    TaskListExtension.ITEM_NOT_DONE_MARKER.get(options), TaskListExtension.TIGHT_ITEM_CLASS.get(options),
                    TablesExtension.COLUMN_SPANS.get(options));
        }
    }

    /** Thrown on a node type this writer does not know; never escapes {@link #write}. */
    private static final class UnknownNode extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnknownNode(Node node) {
            super(node.getClass().getName(), null, false, false);
        }
    }

    private final Settings settings;
    private final Document document;
    private final ReferenceRepository references;
    /** The text the document was parsed from, when flexmark kept it as a String. */
    private final Object source;
    /** The characters of {@link #source}, or none. */
    private final char[] sourceChars;
    private final HtmlLines html;
    private final char[] softBreak;
    private final char[] hardBreak;

    private MarkdownHtml(Settings settings, Document document) {
        this.settings = settings;
        this.document = document;
        this.references = Parser.REFERENCES.get(document);
        this.source = document.getChars().getBase();
        this.sourceChars = source instanceof String text ? text.toCharArray() : new char[0];
        this.softBreak = settings.html().softBreak.toCharArray();
        this.hardBreak = settings.html().hardBreak.toCharArray();
        this.html = new HtmlLines(document.getTextLength() + document.getTextLength() / 4 + 64);
    }

    /**
     * The HTML of {@code document}, or null if it holds a node this writer does not know. Gives
     * headings their ids as flexmark's renderer does, which changes {@code document}: render a
     * document only once.
     */
    static String write(Settings settings, Document document) {
        new HeaderIdGenerator().generateIds(document);
        MarkdownHtml writer = new MarkdownHtml(settings, document);
        try {
            writer.children(document);
        } catch (UnknownNode unknown) {
            return null;
        }
        return writer.html.toString();
    }

    private void children(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            node(child);
        }
    }

    private void node(Node node) {
        Class<?> type = node.getClass();
        if (type == Text.class) {
            text(node.getChars());
        } else if (type == SoftLineBreak.class) {
            html.raw(softBreak);
        } else if (type == Paragraph.class) {
            paragraph((Paragraph) node);
        } else if (type == Emphasis.class) {
            wrapped("<em>", node, "</em>");
        } else if (type == StrongEmphasis.class) {
            wrapped("<strong>", node, "</strong>");
        } else if (type == Code.class) {
            html.markup("<code>");
            html.text(Escaping.collapseWhitespace(((Code) node).getText().toString(), true));
            html.markup("</code>");
        } else if (type == Link.class) {
            link((Link) node);
        } else if (type == TextBase.class) {
            children(node);
        } else if (type == AutoLink.class) {
            autoLink((AutoLink) node);
        } else if (type == MailLink.class) {
            mailLink((MailLink) node);
        } else if (type == HtmlEntity.class) {
            html.text(node.getChars().unescape());
        } else if (type == HardLineBreak.class) {
            html.raw(hardBreak);
        } else if (type == BulletListItem.class || type == OrderedListItem.class) {
            listItem((ListItem) node);
        } else if (type == BulletList.class) {
            block("<ul>", node, "</ul>");
        } else if (type == OrderedList.class) {
            orderedList((OrderedList) node);
        } else if (type == TaskListItem.class) {
            taskListItem((TaskListItem) node);
        } else if (type == Heading.class) {
            heading((Heading) node);
        } else if (type == AnchorLink.class) {
            anchorLink((AnchorLink) node);
        } else if (type == Strikethrough.class) {
            wrapped("<del>", node, "</del>");
        } else if (type == FencedCodeBlock.class) {
            fencedCode((FencedCodeBlock) node);
        } else if (type == IndentedCodeBlock.class) {
            indentedCode((IndentedCodeBlock) node);
        } else if (type == BlockQuote.class) {
            indentedBlock("<blockquote>", node, "</blockquote>");
        } else if (type == ThematicBreak.class) {
            html.line();
            html.markup("<hr />");
            html.line();
        } else if (type == Image.class) {
            image((Image) node);
        } else if (type == LinkRef.class) {
            linkRef((LinkRef) node);
        } else if (type == ImageRef.class) {
            imageRef((ImageRef) node);
        } else if (type == Reference.class) {
            // a link reference definition shows nothing
        } else if (type == HtmlInline.class || type == HtmlInlineComment.class) {
            html.text(node.getChars().normalizeEOL());
        } else if (type == HtmlBlock.class) {
            htmlBlock((HtmlBlock) node);
        } else if (type == HtmlCommentBlock.class) {
            html.text(node.getChars().normalizeEOL());
        } else if (type == TableBlock.class) {
            indentedBlock("<table>", node, "</table>");
            html.line();
        } else if (type == TableHead.class) {
            lineBlock("<thead>", node, "</thead>");
        } else if (type == TableBody.class) {
            lineBlock("<tbody>", node, "</tbody>");
        } else if (type == TableRow.class) {
            lineBlock("<tr>", node, "</tr>");
        } else if (type == TableCell.class) {
            tableCell((TableCell) node);
        } else if (type == TableCaption.class) {
            lineBlock("<caption>", node, "</caption>");
        } else if (type == TableSeparator.class) {
            // the |---| row shows nothing
        } else {
            throw new UnknownNode(node);
        }
    }

    /** Text with backslash escapes and character references resolved, then escaped. */
    private void text(BasedSequence chars) {
        if (chars.getClass() == SubSequence.class && chars.getBase() == source
                && html.plainText(sourceChars, chars.getStartOffset(), chars.getEndOffset())) {
            return;
        }
        html.text(Escaping.normalizeEOL(chars.unescape()));
    }

    private void wrapped(String open, Node node, String close) {
        html.markup(open);
        children(node);
        html.markup(close);
    }

    /** A tag on a line of its own and its children: {@code line, <x>, children, </x>, line}. */
    private void lineBlock(String open, Node node, String close) {
        html.line();
        wrapped(open, node, close);
        html.line();
    }

    /** A list: {@code line, <x>, line, children, line, </x>, line}. */
    private void block(String open, Node node, String close) {
        html.line();
        html.markup(open);
        html.line();
        children(node);
        html.line();
        html.markup(close);
        html.line();
    }

    /** A block quote or table: {@code line, <x>, line, children, line, line, </x>, line}. */
    private void indentedBlock(String open, Node node, String close) {
        html.line();
        html.markup(open);
        html.line();
        children(node);
        html.line();
        html.line();
        html.markup(close);
        html.line();
    }

    private void paragraph(Paragraph paragraph) {
        if (paragraph.getFirstChildAnyNot(NonRenderingInline.class) == null) {
            return;
        }
        Node parent = paragraph.getParent();
        if (parent instanceof ParagraphItemContainer container
                && container.isParagraphWrappingDisabled(paragraph, settings.lists(), document)) {
            children(paragraph);
        } else {
            lineBlock("<p>", paragraph, "</p>");
        }
    }

    private static final String[] HEADING_OPEN = {"", "<h1>", "<h2>", "<h3>", "<h4>", "<h5>", "<h6>"};
    private static final String[] HEADING_CLOSE = {"", "</h1>", "</h2>", "</h3>", "</h4>", "</h5>", "</h6>"};

    private void heading(Heading heading) {
        int level = heading.getLevel();
        if (level < 1 || level > 6) {
            throw new UnknownNode(heading);
        }
        lineBlock(HEADING_OPEN[level], heading, HEADING_CLOSE[level]);
    }

    /** A heading's text as a link to itself, {@code <a href="#id" id="id">}. */
    private void anchorLink(AnchorLink anchor) {
        if (!(anchor.getParent() instanceof Heading heading)) {
            throw new UnknownNode(anchor);
        }
        String id = heading.getAnchorRefId();
        html.markup("<a");
        String href = "#" + id;
        if (Markdown.safe(href)) {
            html.attribute("href", href);
        }
        if (!id.isEmpty()) {
            html.attribute("id", id);
        }
        html.markup(">");
        children(anchor);
        html.markup("</a>");
    }

    private void orderedList(OrderedList list) {
        int start = list.getStartNumber();
        if (settings.lists().isOrderedListManualStart() && start != 1) {
            html.line();
            html.markup("<ol");
            html.attribute("start", String.valueOf(start));
            html.markup(">");
            html.line();
            children(list);
            html.line();
            html.markup("</ol>");
            html.line();
        } else {
            block("<ol>", list, "</ol>");
        }
    }

    private void listItem(ListItem item) {
        html.line();
        html.markup("<li>");
        html.text(item.getMarkerSuffix().unescape());
        children(item);
        html.markup("</li>");
        html.line();
    }

    private void taskListItem(TaskListItem item) {
        String marker = item.isItemDoneMarker() ? settings.doneMarker() : settings.notDoneMarker();
        html.line();
        html.markup("<li");
        if (!settings.taskItemClass().isEmpty()) {
            html.attribute("class", settings.taskItemClass());
        }
        html.markup(">");
        if (settings.lists().isTightListItem(item)) {
            html.raw(marker.toCharArray());
            children(item);
        } else {
            html.line();
            html.line();
            html.markup("<p>");
            html.raw(marker.toCharArray());
            children(item);
            html.markup("</p>");
            html.line();
            html.line();
        }
        html.markup("</li>");
        html.line();
    }

    private void fencedCode(FencedCodeBlock code) {
        html.line();
        html.markup("<pre tabindex=\"0\">");
        html.openPre();
        BasedSequence info = code.getInfo();
        if (info.isNotNull() && !info.isBlank()) {
            String language = code.getInfoDelimitedByAny(settings.html().languageDelimiterSet).unescape();
            String type = settings.html().languageClassMap.getOrDefault(language,
                    settings.html().languageClassPrefix + language);
            html.markup("<code");
            if (!type.isEmpty()) {
                html.attribute("class", type);
            }
            html.markup(">");
        } else {
            codeTagWithoutLanguage();
        }
        html.text(code.getContentChars().normalizeEOL());
        html.markup("</code></pre>");
        html.closePre();
        html.line();
    }

    private void indentedCode(IndentedCodeBlock code) {
        html.line();
        html.markup("<pre tabindex=\"0\">");
        html.openPre();
        codeTagWithoutLanguage();
        html.text(code.getContentChars().trimTailBlankLines().normalizeEndWithEOL());
        html.markup("</code></pre>");
        html.closePre();
        html.line();
    }

    private void codeTagWithoutLanguage() {
        String type = settings.html().noLanguageClass.trim();
        if (type.isEmpty()) {
            html.markup("<code>");
        } else {
            html.markup("<code");
            html.attribute("class", type);
            html.markup(">");
        }
    }

    /** Raw HTML, shown as text in a paragraph of its own. */
    private void htmlBlock(HtmlBlock block) {
        if (block.hasChildren()) {
            throw new UnknownNode(block);
        }
        html.line();
        html.line();
        String text = block.getContentChars().normalizeEOL();
        if (!text.isEmpty() && text.charAt(text.length() - 1) == '\n') {
            text = text.substring(0, text.length() - 1);
        }
        html.markup("<p>");
        html.text(text);
        html.markup("</p>");
        html.line();
        html.line();
    }

    private void tableCell(TableCell cell) {
        String tag = cell.isHeader() ? "th" : "td";
        html.markup(cell.isHeader() ? "<th" : "<td");
        if (cell.getAlignment() != null) {
            html.attribute("align", switch (cell.getAlignment()) {
                case LEFT -> "left";
                case CENTER -> "center";
                case RIGHT -> "right";
            });
        }
        if (settings.columnSpans() && cell.getSpan() > 1) {
            html.attribute("colspan", String.valueOf(cell.getSpan()));
        }
        html.markup(">");
        children(cell);
        html.markup(cell.isHeader() ? "</th>" : "</td>");
    }

    private boolean suppressed(CharSequence url) {
        return settings.html().suppressedLinks != null && settings.html().suppressedLinks.matcher(url).matches();
    }

    private void link(Link link) {
        if (suppressed(link.getUrl())) {
            children(link);
            return;
        }
        html.markup("<a");
        href(link.getUrl().unescape());
        if (link.getTitle().isNotNull()) {
            html.attribute("title", link.getTitle().unescape());
        }
        html.markup(">");
        children(link);
        html.markup("</a>");
    }

    /** {@code href="url"} unless the URL's scheme is one Markdown drops. */
    private void href(String url) {
        if (Markdown.safe(url)) {
            html.attribute("href", url);
        }
    }

    private void src(String url) {
        if (Markdown.safe(url)) {
            html.attribute("src", url);
        }
    }

    private void autoLink(AutoLink link) {
        String text = link.getText().toString();
        if (suppressed(link.getUrl())) {
            html.text(text);
            return;
        }
        html.markup("<a");
        href(text.startsWith("www.") ? settings.html().autolinkWwwPrefix + text : text);
        html.markup(">");
        html.text(text);
        html.markup("</a>");
    }

    private void mailLink(MailLink link) {
        String text = link.getText().unescape();
        if (suppressed(link.getUrl())) {
            html.text(text);
            return;
        }
        html.markup("<a");
        href("mailto:" + text);
        html.markup(">");
        html.text(text);
        html.markup("</a>");
    }

    private void image(Image image) {
        if (suppressed(image.getUrl())) {
            return;
        }
        String alt = new TextCollectingVisitor().collectAndGetText(image);
        String url = image.getUrl().unescape();
        if (!image.getUrlContent().isEmpty()) {
            url += Escaping.percentEncodeUrl(image.getUrlContent()).replace("+", "%2B").replace("%3D", "=")
                    .replace("%26", "&amp;");
        }
        html.markup("<img");
        src(url);
        html.attribute("alt", alt);
        if (image.getTitle().isNotNull()) {
            html.attribute("title", image.getTitle().unescape());
        }
        html.markup(" />");
    }

    private void linkRef(LinkRef ref) {
        if (!ref.isDefined()) {
            if (!ref.hasChildren()) {
                html.text(ref.getChars().unescape());
            } else {
                html.text(ref.getChars().prefixOf(ref.getChildChars()).unescape());
                children(ref);
                html.text(ref.getChars().suffixOf(ref.getChildChars()).unescape());
            }
            return;
        }
        Reference reference = ref.getReferenceNode(references);
        if (reference == null) {
            throw new UnknownNode(ref);
        }
        String url = reference.getUrl().unescape();
        if (suppressed(url)) {
            children(ref);
            return;
        }
        html.markup("<a");
        href(url);
        if (reference.getTitle().isNotNull()) {
            html.attribute("title", reference.getTitle().unescape());
        }
        html.markup(">");
        children(ref);
        html.markup("</a>");
    }

    private void imageRef(ImageRef ref) {
        if (!ref.isDefined()) {
            html.text(ref.getChars().unescape());
            return;
        }
        Reference reference = ref.getReferenceNode(references);
        if (reference == null) {
            throw new UnknownNode(ref);
        }
        String url = reference.getUrl().unescape();
        if (suppressed(url)) {
            return;
        }
        html.markup("<img");
        src(url);
        html.attribute("alt", new TextCollectingVisitor().collectAndGetText(ref));
        if (reference.getTitle().isNotNull()) {
            html.attribute("title", reference.getTitle().unescape());
        }
        html.markup(" />");
    }
}
