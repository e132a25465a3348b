package dev.folio.input.jsonresume;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import dev.folio.input.jsonresume.JsonValue.JsonArray;
import dev.folio.input.jsonresume.JsonValue.JsonBoolean;
import dev.folio.input.jsonresume.JsonValue.JsonNull;
import dev.folio.input.jsonresume.JsonValue.JsonNumber;
import dev.folio.input.jsonresume.JsonValue.JsonObject;
import dev.folio.input.jsonresume.JsonValue.JsonText;
import dev.folio.problem.Problem;
import dev.folio.problem.Problems;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads JSON into located {@link JsonValue}s. Every problem (encoding, syntax, duplicate keys, size)
 * goes to the sink with its line and column (Jackson's {@link JsonLocation}); nothing is thrown.
 */
final class JsonTree {

    /** Larger files are refused: a résumé is a few kilobytes. */
    static final int MAX_BYTES = 2 * 1024 * 1024;

    private static final int MAX_DEPTH = 64;
    private static final Pattern UNEXPECTED = Pattern.compile("Unexpected character \\('(.)' \\(code \\d+\\)\\)");
    private static final Pattern TOKEN = Pattern.compile("Unrecognized token '([^']*)'");

    private final JsonFactory factory = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).build())
            .build();
    private final String file;
    private final Problems problems;
    /** The place of each { and [ that is open, innermost last. */
    private final Deque<int[]> open = new ArrayDeque<>();

    private JsonTree(String file, Problems problems) {
        this.file = file;
        this.problems = problems;
    }

    /** The document in {@code bytes}, or empty when it cannot be read (the problems say why). */
    static Optional<JsonValue> read(String file, byte[] bytes, Problems problems) {
        return new JsonTree(file, problems).document(bytes);
    }

    private Optional<JsonValue> document(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            problems.add(Problem.at(file, "file is " + bytes.length + " bytes, more than the limit of " + MAX_BYTES
                    + "; a résumé this large is almost certainly not one"));
            return Optional.empty();
        }
        Optional<String> decoded = decode(bytes);
        if (decoded.isEmpty()) {
            return Optional.empty();
        }
        String text = decoded.get().startsWith("\uFEFF") ? decoded.get().substring(1) : decoded.get();
        if (text.isBlank()) {
            problems.add(Problem.at(file, "is empty; a JSON Resume file is one object: { \"basics\": { … }, … }"));
            return Optional.empty();
        }
        try (JsonParser parser = factory.createParser(text)) {
            parser.nextToken();
            JsonValue root = value(parser);
            if (parser.nextToken() != null) {
                JsonLocation at = parser.currentTokenLocation();
                problems.add(file, at.getLineNr(), at.getColumnNr(),
                        "more JSON after the end of the document; keep one object per file");
                return Optional.empty();
            }
            return Optional.of(root);
        } catch (JacksonException e) {
            syntax(e);
            return Optional.empty();
        } catch (IOException e) {
            problems.add(Problem.at(file, "could not be read: " + e.getMessage()));
            return Optional.empty();
        }
    }

    private JsonValue value(JsonParser p) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        JsonToken token = p.currentToken();
        switch (token) {
            case START_OBJECT -> {
                open.push(new int[] {line, column, '{'});
                List<JsonObject.Member> members = new ArrayList<>();
                Map<String, Integer> seen = new HashMap<>();
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    JsonLocation keyAt = p.currentTokenLocation();
                    String key = p.currentName();
                    p.nextToken();
                    JsonValue value = value(p);
                    Integer first = seen.putIfAbsent(key, keyAt.getLineNr());
                    if (first != null) {
                        problems.add(file, keyAt.getLineNr(), keyAt.getColumnNr(), "key \"" + key
                                + "\" appears twice in this object (first on line " + first + "); keep one of them");
                    } else {
                        members.add(new JsonObject.Member(key, keyAt.getLineNr(), keyAt.getColumnNr(), value));
                    }
                }
                open.pop();
                return new JsonObject(line, column, members);
            }
            case START_ARRAY -> {
                open.push(new int[] {line, column, '['});
                List<JsonValue> items = new ArrayList<>();
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    items.add(value(p));
                }
                open.pop();
                return new JsonArray(line, column, items);
            }
            case VALUE_STRING -> {
                return new JsonText(line, column, p.getText());
            }
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                return new JsonNumber(line, column, p.getText());
            }
            case VALUE_TRUE, VALUE_FALSE -> {
                return new JsonBoolean(line, column, token == JsonToken.VALUE_TRUE);
            }
            case VALUE_NULL -> {
                return new JsonNull(line, column);
            }
            default -> throw new IllegalStateException("unexpected JSON token " + token);
        }
    }

    /** Turns Jackson's syntax error into a located sentence that says how to fix it. */
    private void syntax(JacksonException e) {
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        String first = original.lines().findFirst().orElse("").strip();
        Matcher unexpected = UNEXPECTED.matcher(first);
        Matcher token = TOKEN.matcher(first);
        String message;
        if (first.startsWith("Unexpected end-of-input") && !open.isEmpty()) {
            int[] innermost = open.peek();
            line = innermost[0];
            column = innermost[1];
            message = "this " + (char) innermost[2] + " is never closed; add the matching "
                    + (innermost[2] == '{' ? "}" : "]") + " at its end";
        } else if (first.contains("(CTRL-CHAR, code 10)") || first.contains("(CTRL-CHAR, code 13)")) {
            message = "a line break inside text; close the quotes on this line or write the break as \\n";
        } else if (first.contains("CTRL-CHAR")) {
            message = "a control character inside text; remove it or write it as a \\u escape";
        } else if (unexpected.find()) {
            char c = unexpected.group(1).charAt(0);
            if ((c == '}' && first.contains("double-quote to start field name"))
                    || (c == ']' && first.contains("expected a valid value"))) {
                message = "a comma before " + c + "; remove the comma after the last "
                        + (c == '}' ? "member" : "item");
            } else if (c == '\'') {
                message = "single quotes; JSON needs double quotes around keys and text";
            } else if (first.contains("double-quote to start field name")) {
                message = "a key must be text in double quotes, e.g. \"name\"";
            } else if (first.contains("comma to separate Object entries")) {
                message = "a comma is missing before this; put , between the members of an object";
            } else if (first.contains("comma to separate Array entries")) {
                message = "a comma is missing before this; put , between the items of a list";
            } else if (first.contains("colon to separate field name and value")) {
                message = "a colon is missing after the key; write \"key\": value";
            } else {
                message = "is not valid JSON (unexpected " + c + "); check the commas, quotes and brackets near here";
            }
        } else if (token.find()) {
            message = "unquoted text " + token.group(1) + "; put text in double quotes";
        } else if (first.startsWith("Unexpected close marker")) {
            message = "this closes nothing; remove it or add the matching opening bracket";
        } else if (first.startsWith("Document nesting depth")) {
            message = "nested more than " + MAX_DEPTH + " levels deep; a résumé is never this deep";
        } else {
            message = "is not valid JSON (" + first + "); check the commas, quotes and brackets near here";
        }
        problems.add(file, line, column, message);
    }

    private Optional<String> decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return Optional.of(decoder.decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            CharsetDecoder probe = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
            ByteBuffer in = ByteBuffer.wrap(bytes);
            probe.decode(in, CharBuffer.allocate(bytes.length + 1), true);
            int bad = Math.min(in.position(), bytes.length - 1);
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < bad; i++) {
                if (bytes[i] == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            String prefix = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
            problems.add(file, line, prefix.codePointCount(0, prefix.length()) + 1, String.format(
                    "byte 0x%02X is not valid UTF-8; save the file as UTF-8", bytes[bad] & 0xFF));
            return Optional.empty();
        }
    }
}
