package dev.folio.input.yaml;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.folio.problem.Problem;
import dev.folio.problem.Problems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.reader.ReaderException;

/**
 * Reads YAML into located {@link Node}s. Every problem (bad encoding, syntax, duplicate keys, tags,
 * alias bombs, size) is added to the sink with its line and column; nothing is thrown for bad input.
 * Anchors and aliases work; an alias shares the anchored node, and the values aliases stand for are
 * counted so that an alias bomb is refused instead of expanded.
 */
public final class YamlReader {

    /** Larger files are refused: a profile is a few kilobytes. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** How many values aliases may stand for in one file. */
    public static final int MAX_ALIASED_VALUES = 10_000;

    private static final int MAX_DEPTH = 64;
    private static final String CORE = "tag:yaml.org,2002:";
    private static final Set<String> CORE_TAGS = Set.of("str", "int", "float", "bool", "null", "seq", "map");

    private final YAMLFactory factory;

    public YamlReader() {
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES);
        this.factory = YAMLFactory.builder().loaderOptions(options)
                .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH).build())
                .build();
    }

    /**
     * Parses {@code bytes} of the file shown as {@code file}. Empty when the file has problems
     * that stop reading; an empty document gives an empty mapping.
     */
    public Optional<Node> read(String file, byte[] bytes, Problems problems) {
        return read(file, bytes, 0, problems);
    }

    /** As {@link #read(String, byte[], Problems)}, for YAML that starts {@code lineOffset} lines into its file. */
    public Optional<Node> read(String file, byte[] bytes, int lineOffset, Problems problems) {
        if (bytes.length > MAX_BYTES) {
            problems.add(Problem.at(file, "file is " + bytes.length + " bytes, more than the limit of "
                    + MAX_BYTES + "; a profile this large is almost certainly not one"));
            return Optional.empty();
        }
        Optional<String> text = decode(file, bytes, lineOffset, problems);
        return text.isEmpty() ? Optional.empty() : read(file, text.get(), lineOffset, problems);
    }

    /** As {@link #read(String, byte[], int, Problems)}, for YAML already decoded (a story's front matter). */
    public Optional<Node> read(String file, String text, int lineOffset, Problems problems) {
        String source = text;
        if (source.startsWith("\uFEFF")) {
            source = source.substring(1);
        }
        if (source.isBlank() || source.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
            return Optional.of(new MapNode(1 + lineOffset, 1, List.of()));
        }
        Reading reading = new Reading(file, lineOffset, problems);
        try (JsonParser parser = factory.createParser(source)) {
            if (parser.nextToken() == null) {
                return Optional.of(new MapNode(1 + lineOffset, 1, List.of()));
            }
            Node root = reading.node(parser);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                problems.add(file, at.getLineNr() + lineOffset, at.getColumnNr(),
                        "a second YAML document starts here; keep one document per file");
            }
            return reading.bombed ? Optional.empty() : Optional.of(root);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? reading.lastLine : at.getLineNr();
            int column = at == null ? reading.lastColumn : at.getColumnNr();
            String message = "is not valid YAML; check the indentation and the quotes on this line";
            if (e.getCause() instanceof MarkedYAMLException marked) {
                String context = marked.getContext() == null ? "" : marked.getContext();
                boolean unclosed = marked.getContextMark() != null && (marked.getProblem() != null
                        && marked.getProblem().contains("<stream end>")
                        || (context.contains("flow sequence") || context.contains("flow mapping"))
                                && marked.getProblem() != null && marked.getProblem().contains("expected ','"));
                Mark mark = marked.getProblemMark() != null && !unclosed ? marked.getProblemMark()
                        : marked.getContextMark();
                if (mark != null) {
                    line = mark.getLine() + 1;
                    column = mark.getColumn() + 1;
                }
                message = syntaxMessage(marked);
                if (marked.getProblem() != null && marked.getProblem().contains("mapping values are not allowed")) {
                    message = indentedTooFar(source, line).orElse(message);
                }
            } else if (e.getCause() instanceof ReaderException refused) {
                // YAML refuses the character before reading any value; its place is where it first occurs
                int first = source.indexOf(Character.toString(refused.getCodePoint()));
                if (first >= 0) {
                    int[] place = place(source, first);
                    line = place[0];
                    column = place[1];
                }
                message = String.format("U+%04X is a character YAML does not allow; remove it", refused.getCodePoint());
            } else if (e.getOriginalMessage() != null && e.getOriginalMessage().contains("nesting depth")) {
                message = "is nested more than " + MAX_DEPTH + " levels deep; a profile needs far fewer";
            }
            problems.add(file, Math.max(line, 0) + (line > 0 ? lineOffset : 0), Math.max(column, 0), message);
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Problem.at(file, "could not be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    /** The state of one read: anchors seen so far and the values aliases stood for. */
    private static final class Reading {

        private final String file;
        private final int lineOffset;
        private final Problems problems;
        private final Map<String, Node> anchors = new HashMap<>();
        private final Map<Node, Integer> sizes = new java.util.IdentityHashMap<>();
        private long aliased;
        private boolean bombed;
        private int lastLine;
        private int lastColumn;

        Reading(String file, int lineOffset, Problems problems) {
            this.file = file;
            this.lineOffset = lineOffset;
            this.problems = problems;
        }

        Node node(JsonParser p) throws IOException {
            JsonLocation at = p.currentTokenLocation();
            int line = at.getLineNr() + lineOffset;
            int column = at.getColumnNr();
            lastLine = at.getLineNr();
            lastColumn = column;
            checkTag(p, line, column);
            String anchor = p.getObjectId() == null ? null : p.getObjectId().toString();
            Node node = value(p, line, column);
            if (anchor != null) {
                anchors.put(anchor, node);
            }
            return node;
        }

        private Node value(JsonParser p, int line, int column) throws IOException {
            JsonToken token = p.currentToken();
            if (token == JsonToken.START_OBJECT) {
                List<MapNode.Entry> entries = new ArrayList<>();
                Map<String, Integer> seen = new HashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = p.currentTokenLocation();
                    int keyLine = keyAt.getLineNr() + lineOffset;
                    String key = p.currentName();
                    p.nextToken();
                    Node value = node(p);
                    Integer first = seen.putIfAbsent(key, keyLine);
                    if (first != null) {
                        problems.add(file, keyLine, keyAt.getColumnNr(), "key \"" + key
                                + "\" appears twice (first on line " + first + "); keep one of them");
                    } else {
                        entries.add(new MapNode.Entry(key, keyLine, keyAt.getColumnNr(), value));
                    }
                }
                return new MapNode(line, column, entries);
            }
            if (token == JsonToken.START_ARRAY) {
                List<Node> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(node(p));
                }
                return new ListNode(line, column, items);
            }
            if (p instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                return alias(p.getText(), line, column);
            }
            if (token == JsonToken.VALUE_NULL) {
                return new ScalarNode(line, column, "", true);
            }
            if (token == JsonToken.VALUE_EMBEDDED_OBJECT) {
                problems.add(file, line, column, "binary data is not allowed here; write plain text");
                return new ScalarNode(line, column, "", true);
            }
            return new ScalarNode(line, column, p.getText(), false);
        }

        private Node alias(String name, int line, int column) {
            Node target = anchors.get(name);
            if (target == null) {
                problems.add(file, line, column, "alias *" + name + " names no anchor &" + name
                        + " above it; define the anchor first or write the value out");
                return new ScalarNode(line, column, "", true);
            }
            aliased += size(target);
            if (aliased > MAX_ALIASED_VALUES) {
                if (!bombed) {
                    problems.add(file, line, column, "aliases here stand for more than " + MAX_ALIASED_VALUES
                            + " values (an alias bomb?); write the values out instead");
                }
                bombed = true;
                return new ScalarNode(line, column, "", true);
            }
            return target;
        }

        /** How many values a node stands for once its aliases are expanded; shared nodes counted once each. */
        private int size(Node node) {
            Integer known = sizes.get(node);
            if (known != null) {
                return known;
            }
            long total = 1;
            if (node instanceof MapNode m) {
                for (MapNode.Entry e : m.entries()) {
                    total += size(e.value());
                }
            } else if (node instanceof ListNode l) {
                for (Node item : l.items()) {
                    total += size(item);
                }
            }
            int result = (int) Math.min(total, Integer.MAX_VALUE);
            sizes.put(node, result);
            return result;
        }

        private void checkTag(JsonParser p, int line, int column) throws IOException {
            Object typeId = p.canReadTypeId() ? p.getTypeId() : null;
            if (typeId == null) {
                return;
            }
            String tag = typeId.toString();
            if (tag.startsWith(CORE) && CORE_TAGS.contains(tag.substring(CORE.length()))) {
                return;
            }
            String shown = tag.startsWith(CORE) ? "!!" + tag.substring(CORE.length()) : "!" + tag;
            problems.add(file, line, column, "YAML tag " + shown
                    + " is not allowed; folio reads plain text, lists and mappings only, so remove the tag");
        }
    }

    private static Optional<String> decode(String file, byte[] bytes, int lineOffset, Problems problems) {
        String lenient = new String(bytes, StandardCharsets.UTF_8);
        if (lenient.indexOf('\uFFFD') < 0) {
            return Optional.of(lenient); // no replacement character: every byte was valid UTF-8
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(decoder.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            int bad = firstInvalidByte(bytes);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            String prefix = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
            int column = prefix.codePointCount(0, prefix.length()) + 1;
            problems.add(file, line + lineOffset, column, String.format(
                    "byte 0x%02X is not valid UTF-8; save the file as UTF-8", bytes[bad] & 0xFF));
            return Optional.empty();
        }
    }

    /** The 1-based {line, column} of {@code offset} in {@code text}, counted as YAML counts them. */
    private static int[] place(String text, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029' || c == '\r' && text.charAt(i + 1) != '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, text.codePointCount(lineStart, offset) + 1};
    }

    private static int firstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
    }

    private static final java.util.regex.Pattern KEY_LINE =
            java.util.regex.Pattern.compile("^( *)(?:- +)?([^\\s:#\"'\\[{][^:#]*?):(?: |$).*");

    /**
     * A "key: value" line indented further than the key above it, which YAML reads as a colon
     * inside that key's value: what is wrong is the indentation, so say so, with the key it should
     * line up with.
     */
    static Optional<String> indentedTooFar(String source, int line) {
        String[] lines = source.split("\\R", -1); // the line breaks YAML counts, as place() does
        if (line < 2 || line > lines.length) {
            return Optional.empty();
        }
        java.util.regex.Matcher here = KEY_LINE.matcher(lines[line - 1]);
        if (!here.matches()) {
            return Optional.empty();
        }
        for (int i = line - 2; i >= 0; i--) {
            String above = lines[i];
            if (above.isBlank() || above.stripLeading().startsWith("#")) {
                continue;
            }
            java.util.regex.Matcher key = KEY_LINE.matcher(above);
            if (!key.matches()) {
                return Optional.empty();
            }
            int keyIndent = above.indexOf(key.group(2));
            int indent = here.group(1).length();
            if (indent <= keyIndent || above.strip().endsWith(":")) {
                return Optional.empty();
            }
            return Optional.of("\"" + here.group(2).strip() + "\" is indented " + indent + " spaces, more than \""
                    + key.group(2).strip() + "\" on line " + (i + 1) + " (" + keyIndent + "); indent it by " + keyIndent
                    + " spaces to line it up with \"" + key.group(2).strip() + "\"");
        }
        return Optional.empty();
    }

    private static String syntaxMessage(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? "" : e.getProblem();
        String context = e.getContext() == null ? "" : e.getContext();
        if (problem.contains("\\t") || problem.contains("\t")) {
            return "a tab is used for indentation; YAML needs spaces";
        }
        if (problem.contains("mapping values are not allowed")) {
            return "a colon inside an unquoted value; put the value in quotes, e.g. title: \"Speed: 4x\"";
        }
        if (problem.contains("could not find expected ':'")) {
            return "a line without \"key: value\"; check the indentation, or quote the text";
        }
        if (context.contains("flow sequence") && problem.contains("expected ','")) {
            return "a [ list ] starting here is not closed; add the missing ] or quote the text";
        }
        if (context.contains("flow mapping") && problem.contains("expected ','")) {
            return "a { mapping } starting here is not closed; add the missing } or quote the text";
        }
        String what = problem.isEmpty() ? context : problem;
        return "is not valid YAML (" + what.strip() + (context.isEmpty() || problem.isEmpty() ? "" : ", " + context.strip())
                + "); check the indentation and the quotes on this line";
    }
}
