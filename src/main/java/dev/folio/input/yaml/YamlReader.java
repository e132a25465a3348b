package dev.folio.input.yaml;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.folio.problem.Problem;
import dev.folio.problem.Problems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Reads YAML into located {@link Node}s. Every problem (bad encoding, syntax, duplicate keys, size)
 * is added to the sink with its line and column; nothing is thrown for bad input.
 */
public final class YamlReader {

    /** Larger files are refused: a profile is a few kilobytes. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final int MAX_DEPTH = 64;

    private final YAMLFactory factory;

    public YamlReader() {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(20);
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setCodePointLimit(MAX_BYTES);
        this.factory = YAMLFactory.builder().loaderOptions(options).build();
    }

    /**
     * Parses {@code bytes} of the file shown as {@code file}. Empty when the file has problems
     * that stop reading; an empty document gives an empty mapping.
     */
    public Optional<Node> read(String file, byte[] bytes, Problems problems) {
        if (bytes.length > MAX_BYTES) {
            problems.add(Problem.at(file, "file is " + bytes.length + " bytes, more than the limit of "
                    + MAX_BYTES + "; a profile this large is almost certainly not one"));
            return Optional.empty();
        }
        Optional<String> text = decode(file, bytes, problems);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String source = text.get();
        if (source.startsWith("\uFEFF")) {
            source = source.substring(1);
        }
        if (source.isBlank() || source.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#"))) {
            return Optional.of(new MapNode(1, 1, List.of()));
        }
        try (JsonParser parser = factory.createParser(source)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return Optional.of(new MapNode(1, 1, List.of()));
            }
            Node root = node(file, parser, problems);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                problems.add(file, at.getLineNr(), at.getColumnNr(),
                        "a second YAML document starts here; keep one document per file");
            }
            return Optional.of(root);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            int line = at == null ? 0 : at.getLineNr();
            int column = at == null ? 0 : at.getColumnNr();
            String message = "is not valid YAML; check the indentation and the quotes on this line";
            if (e.getCause() instanceof MarkedYAMLException marked) {
                boolean unclosed = marked.getProblem() != null && marked.getProblem().contains("<stream end>")
                        && marked.getContextMark() != null;
                Mark mark = marked.getProblemMark() != null && !unclosed ? marked.getProblemMark()
                        : marked.getContextMark();
                if (mark != null) {
                    line = mark.getLine() + 1;
                    column = mark.getColumn() + 1;
                }
                message = syntaxMessage(marked);
            } else if (e.getOriginalMessage() != null && e.getOriginalMessage().contains("alias")) {
                message = "uses too many YAML aliases; write the values out instead";
            }
            problems.add(file, Math.max(line, 0), Math.max(column, 0), message);
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Problem.at(file, "could not be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private Node node(String file, JsonParser p, Problems problems) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            List<MapNode.Entry> entries = new ArrayList<>();
            Map<String, Integer> seen = new HashMap<>();
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                JsonLocation keyAt = p.currentTokenLocation();
                String key = p.currentName();
                p.nextToken();
                Node value = node(file, p, problems);
                Integer first = seen.putIfAbsent(key, keyAt.getLineNr());
                if (first != null) {
                    problems.add(file, keyAt.getLineNr(), keyAt.getColumnNr(), "key \"" + key
                            + "\" appears twice (first on line " + first + "); keep one of them");
                } else {
                    entries.add(new MapNode.Entry(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
                }
            }
            return new MapNode(line, column, entries);
        }
        if (token == JsonToken.START_ARRAY) {
            List<Node> items = new ArrayList<>();
            while (p.nextToken() != JsonToken.END_ARRAY) {
                items.add(node(file, p, problems));
            }
            return new ListNode(line, column, items);
        }
        if (token == JsonToken.VALUE_NULL) {
            return new ScalarNode(line, column, "", true);
        }
        if (token == JsonToken.VALUE_EMBEDDED_OBJECT) {
            return new ScalarNode(line, column, String.valueOf(p.getEmbeddedObject()), false);
        }
        return new ScalarNode(line, column, p.getText(), false);
    }

    private static Optional<String> decode(String file, byte[] bytes, Problems problems) {
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
            problems.add(file, line, column, String.format(
                    "byte 0x%02X is not valid UTF-8; save the file as UTF-8", bytes[bad] & 0xFF));
            return Optional.empty();
        }
    }

    private static int firstInvalidByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), bytes.length - 1);
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
