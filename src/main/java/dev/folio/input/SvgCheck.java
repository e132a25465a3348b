package dev.folio.input;

import dev.folio.problem.Problems;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Refuses an SVG picture that would do more than show a drawing when it is opened from the site:
 * run script ({@code <script>}, {@code on*} attributes, {@code javascript:} addresses, animations
 * that rewrite links or handlers), hold a web page ({@code <foreignObject>}, frames), or fetch other
 * files (references that are neither {@code #id}s inside it nor embedded
 * {@code data:image/png|jpeg|gif|webp} pictures, {@code @import}, {@code <?xml-stylesheet?>}).
 * The picture is read by an XML parser that refuses any DOCTYPE, so no entity is ever expanded and
 * nothing else is read. Every finding is reported, at its line and column; nothing is rewritten.
 */
final class SvgCheck {

    private static final String TAIL = "; remove it, or export the picture again as a plain SVG";
    private static final String RUNS = " would run on your site when the picture is opened";
    private static final String ELSEWHERE = " refers to another file; a picture may only refer to #ids inside it and to "
            + "embedded data:image/png, jpeg, gif or webp pictures; embed the file or remove the reference";

    private static final Set<String> SCRIPTS = Set.of("script", "handler", "listener");
    private static final Set<String> FRAMES = Set.of("iframe", "frame", "frameset", "embed", "object", "applet");
    private static final Set<String> ANIMATIONS = Set.of("set", "animate", "animatecolor", "animatemotion",
            "animatetransform");
    private static final Set<String> REFERENCES = Set.of("href", "src");
    private static final Pattern URL = Pattern.compile("(?i)url\\(\\s*(['\"]?)(.*?)\\1\\s*\\)");
    private static final Pattern EMBEDDED = Pattern.compile("(?i)data:image/(png|jpeg|gif|webp)[;,].*", Pattern.DOTALL);
    private static final Pattern IMPORT = Pattern.compile("(?i)@import");
    private static final int SHOWN = 60;

    private SvgCheck() {}

    /** True for a file folio checks: an .svg picture. */
    static boolean isSvg(String path) {
        return path.toLowerCase(Locale.ROOT).endsWith(".svg");
    }

    /** Adds to {@code problems} every part of the picture {@code bytes} that is refused, located in {@code shown}. */
    static void check(String shown, byte[] bytes, Problems problems) {
        String text = decode(bytes);
        Places places = new Places(text);
        Finder finder = new Finder(shown, places, problems);
        try {
            XMLReader reader = parser();
            reader.setContentHandler(finder);
            reader.setErrorHandler(finder);
            reader.parse(new InputSource(new StringReader(text)));
        } catch (SAXParseException e) {
            int doctype = text.indexOf("<!DOCTYPE");
            if (doctype >= 0 && doctype < places.offset(e.getLineNumber(), e.getColumnNumber())) {
                int[] at = places.of(doctype);
                problems.add(shown, at[0], at[1], "<!DOCTYPE> is not allowed in a picture: it can define entities "
                        + "that hide script, or read other files" + TAIL);
            } else {
                String reason = e.getMessage() == null ? "it ends too early" : e.getMessage().replaceFirst("\\.$", "");
                problems.add(shown, e.getLineNumber(), e.getColumnNumber(), "is not well-formed XML: " + reason
                        + "; export the picture again as SVG");
            }
        } catch (SAXException | IOException | ParserConfigurationException e) {
            problems.add(shown, 0, 0, "could not be read as XML: " + e.getMessage() + "; export the picture again as SVG");
        }
    }

    /** UTF-16 when the bytes start with its byte-order mark, else UTF-8; without a byte-order mark. */
    private static String decode(byte[] bytes) {
        boolean utf16 = bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
                || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE));
        String text = new String(bytes, utf16 ? StandardCharsets.UTF_16 : StandardCharsets.UTF_8);
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    /**
     * A namespace-aware SAX reader that refuses a DOCTYPE (and with it every entity, internal or
     * external), loads no DTD, follows no XInclude, and writes its messages in English.
     */
    private static XMLReader parser() throws ParserConfigurationException, SAXException {
        SAXParserFactory factory = SAXParserFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setValidating(false);
        factory.setXIncludeAware(false);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
        factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        XMLReader reader = factory.newSAXParser().getXMLReader();
        reader.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        reader.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        try {
            reader.setProperty("http://apache.org/xml/properties/locale", Locale.ROOT);
        } catch (SAXException e) {
            // a parser without the property reports in the default language
        }
        return reader;
    }

    /** Line and column of offsets in the text, counted as the XML parser counts them (1-based). */
    private static final class Places {

        private final String text;
        private final List<Integer> starts = new ArrayList<>();

        Places(String text) {
            this.text = text;
            starts.add(0);
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    starts.add(i + 1);
                }
            }
        }

        int offset(int line, int column) {
            if (line < 1) {
                return 0;
            }
            int start = starts.get(Math.min(line, starts.size()) - 1);
            return Math.min(text.length(), start + Math.max(column, 1) - 1);
        }

        int[] of(int offset) {
            int line = 0;
            while (line + 1 < starts.size() && starts.get(line + 1) <= offset) {
                line++;
            }
            return new int[] {line + 1, offset - starts.get(line) + 1};
        }

        /** Where the markup ending just before {@code end} starts: its "<" ("<" never appears inside a tag). */
        int tagStart(int end) {
            int at = text.lastIndexOf('<', Math.max(0, end - 1));
            return Math.max(at, 0);
        }

        /** Where the processing instruction {@code target} read before {@code end} starts. */
        int instructionStart(int end, String target) {
            return Math.max(text.lastIndexOf("<?" + target, Math.max(0, end - 1)), 0);
        }

        /** Where attribute {@code qName} is written in the tag starting at {@code tag}, else the tag. */
        int attribute(int tag, int tagEnd, String qName) {
            Matcher m = Pattern.compile("\\s(" + Pattern.quote(qName) + ")\\s*=").matcher(text);
            m.region(tag, Math.max(tag, tagEnd));
            return m.find() ? m.start(1) : tag;
        }
    }

    /** Collects the findings as the parser goes through the picture. */
    private static final class Finder extends DefaultHandler {

        private final String shown;
        private final Places places;
        private final Problems problems;
        private Locator locator;
        private StringBuilder style;
        private int styleAt;

        Finder(String shown, Places places, Problems problems) {
            this.shown = shown;
            this.places = places;
            this.problems = problems;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        private int here() {
            return places.offset(locator.getLineNumber(), locator.getColumnNumber());
        }

        private void add(int offset, String message) {
            int[] at = places.of(offset);
            problems.add(shown, at[0], at[1], message);
        }

        @Override
        public void processingInstruction(String target, String data) {
            if (target.equalsIgnoreCase("xml-stylesheet")) {
                // the parser may stand past the whitespace after the instruction: look for its own "<?"
                add(places.instructionStart(here(), target), "<?xml-stylesheet?> loads a stylesheet into the picture"
                        + TAIL);
            }
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            int end = here();
            int tag = places.tagStart(end);
            String name = localName.toLowerCase(Locale.ROOT);
            if (SCRIPTS.contains(name)) {
                add(tag, "<" + qName + ">" + RUNS + TAIL);
            } else if (name.equals("foreignobject")) {
                add(tag, "<" + qName + "> can hold a web page, with script, inside the picture" + TAIL);
            } else if (FRAMES.contains(name)) {
                add(tag, "<" + qName + "> loads another page into the picture" + TAIL);
            } else if (ANIMATIONS.contains(name)) {
                String target = attributes.getValue("attributeName");
                String local = target == null ? "" : target.substring(target.indexOf(':') + 1).strip()
                        .toLowerCase(Locale.ROOT);
                if (REFERENCES.contains(local) || local.startsWith("on")) {
                    add(tag, "<" + qName + " attributeName=\"" + target + "\"> changes " + target
                            + " while the picture plays, which can make it run script" + TAIL);
                }
            }
            for (int i = 0; i < attributes.getLength(); i++) {
                String problem = attribute(attributes.getLocalName(i), attributes.getQName(i), attributes.getValue(i));
                if (problem != null) {
                    add(places.attribute(tag, end, attributes.getQName(i)), problem);
                }
            }
            if (name.equals("style")) {
                style = new StringBuilder();
                styleAt = tag;
            }
        }

        /** What is wrong with one attribute, or null. */
        private static String attribute(String localName, String qName, String value) {
            String local = (localName.isEmpty() ? qName.substring(qName.indexOf(':') + 1) : localName)
                    .toLowerCase(Locale.ROOT);
            String written = qName + "=\"" + shorten(value) + "\"";
            if (local.startsWith("on")) {
                return written + RUNS + "; remove the attribute, or export the picture again as a plain SVG";
            }
            if (runsScript(value)) {
                return written + RUNS + TAIL;
            }
            if (REFERENCES.contains(local) && !value.isBlank() && !local(value)) {
                return written + ELSEWHERE;
            }
            Matcher url = URL.matcher(value);
            while (url.find()) {
                if (!local(url.group(2))) {
                    return written + ELSEWHERE;
                }
            }
            return null;
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (style != null) {
                style.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            if (style == null || !localName.equalsIgnoreCase("style")) {
                return;
            }
            String css = style.toString();
            style = null;
            if (IMPORT.matcher(css).find()) {
                add(styleAt, "@import in <" + qName + "> loads another stylesheet into the picture" + TAIL);
            }
            if (runsScript(css)) {
                add(styleAt, "javascript: in <" + qName + ">" + RUNS + TAIL);
            }
            Matcher url = URL.matcher(css);
            while (url.find()) {
                if (!local(url.group(2))) {
                    add(styleAt, "url(" + shorten(url.group(2)) + ") in <" + qName + ">" + ELSEWHERE);
                }
            }
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }
    }

    /** True for a reference inside the picture: an #id, or an embedded picture of a kind browsers show as one. */
    private static boolean local(String reference) {
        String r = reference.strip();
        return r.startsWith("#") || EMBEDDED.matcher(r).matches();
    }

    /** True when a value holds a script address, however it is spaced or capitalised. */
    private static boolean runsScript(String value) {
        StringBuilder squeezed = new StringBuilder(value.length());
        value.codePoints().filter(c -> c > ' ').forEach(c -> squeezed.appendCodePoint(Character.toLowerCase(c)));
        String s = squeezed.toString();
        return s.contains("javascript:") || s.contains("vbscript:");
    }

    /** A value as messages show it: on one line, at most {@value #SHOWN} characters. */
    private static String shorten(String value) {
        String line = value.replaceAll("\\s+", " ").strip();
        return line.length() <= SHOWN ? line : line.substring(0, SHOWN - 1) + "…";
    }
}
