package dev.folio.input.jsonresume;

import dev.folio.input.jsonresume.JsonValue.JsonArray;
import dev.folio.input.jsonresume.JsonValue.JsonBoolean;
import dev.folio.input.jsonresume.JsonValue.JsonNull;
import dev.folio.input.jsonresume.JsonValue.JsonNumber;
import dev.folio.input.jsonresume.JsonValue.JsonObject;
import dev.folio.input.jsonresume.JsonValue.JsonText;
import dev.folio.problem.Problems;
import dev.folio.profile.PartialDate;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the members of one JSON object into typed values. Mistakes go to the problems with their
 * place and key path; members folio has no use for go to the import notes. Every key asked for
 * becomes known; {@link #finish(String)} notes the others.
 */
final class Members {

    static final String NOT_A_WEB_ADDRESS =
            "not a full web address; folio links only to https://, mailto: and tel: addresses";

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Pattern FULL_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    /** Where the document came from and where its problems and notes go. */
    record Context(String file, Problems problems, Notes notes) {}

    private final Context ctx;
    private final JsonObject object;
    private final String path;
    private final Set<String> known = new HashSet<>();

    private Members(Context ctx, JsonObject object, String path) {
        this.ctx = ctx;
        this.object = object;
        this.path = path;
    }

    /** The object at {@code value}, or empty (with a problem) when it is something else. */
    static Optional<Members> of(Context ctx, JsonValue value, String path) {
        if (value instanceof JsonObject o) {
            return Optional.of(new Members(ctx, o, path));
        }
        if (value instanceof JsonNull n) {
            return Optional.of(new Members(ctx, new JsonObject(n.line(), n.column(), List.of()), path));
        }
        ctx.problems().add(ctx.file(), value.line(), value.column(), (path.isEmpty() ? "the file" : path)
                + " should be an object { … }, found " + value.kind());
        return Optional.empty();
    }

    String path() {
        return path;
    }

    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    int line() {
        return object.line();
    }

    int column() {
        return object.column();
    }

    /** The value at {@code key}; empty when absent or null. */
    Optional<JsonValue> value(String key) {
        known.add(key);
        return object.member(key).map(JsonObject.Member::value).filter(v -> !(v instanceof JsonNull));
    }

    boolean has(String key) {
        return value(key).isPresent();
    }

    /** Text at {@code key}, stripped, line breaks as {@code \n}; empty string when absent. */
    String text(String key) {
        return value(key).map(v -> text(v, child(key))).orElse("");
    }

    /** Text at {@code key} exactly as written (a Markdown body). */
    String rawText(String key) {
        Optional<JsonValue> value = value(key);
        if (value.isEmpty()) {
            return "";
        }
        if (value.get() instanceof JsonText t) {
            return t.text().startsWith("\uFEFF") ? t.text().substring(1) : t.text();
        }
        wrongType(value.get(), child(key));
        return "";
    }

    /**
     * Text at {@code key}, or at the older spelling {@code oldKey} of JSON Resume when {@code key} is
     * absent ({@code company} for {@code name}, {@code website} for {@code url}).
     */
    String text(String key, String oldKey) {
        String text = text(key);
        String old = text(oldKey);
        if (text.isEmpty()) {
            return old;
        }
        if (!old.isEmpty() && !old.equals(text)) {
            ctx.notes().notImported(child(oldKey) + " \"" + old + "\"", "\"" + key + "\" is used instead");
        }
        return text;
    }

    /** Text that folio needs; a problem saying {@code fix} when it is missing or blank. */
    String required(String key, String fix) {
        String text = text(key);
        if (text.isEmpty() && !wrongType(key)) {
            ctx.problems().add(ctx.file(), object.line(), object.column(), child(key) + " is missing; " + fix);
        }
        return text;
    }

    /** Like {@link #required(String, String)}, also accepting the older spelling. */
    String required(String key, String oldKey, String fix) {
        String text = text(key, oldKey);
        if (text.isEmpty() && !wrongType(key) && !wrongType(oldKey)) {
            ctx.problems().add(ctx.file(), object.line(), object.column(), child(key) + " is missing; " + fix);
        }
        return text;
    }

    /** True when {@code key} holds something other than text (already reported). */
    private boolean wrongType(String key) {
        return value(key).map(v -> !(v instanceof JsonText)).orElse(false);
    }

    /** A link folio can keep (http(s), mailto, tel); anything else is noted as not imported. */
    String url(String key, String oldKey) {
        String text = oldKey == null ? text(key) : text(key, oldKey);
        if (text.isEmpty() || safe(text)) {
            return text;
        }
        String shown = has(key) ? child(key) : child(oldKey);
        ctx.notes().notImported(shown + " \"" + text + "\"", NOT_A_WEB_ADDRESS);
        return "";
    }

    static boolean safe(String url) {
        int colon = url.indexOf(':');
        return colon > 0 && SAFE_SCHEMES.contains(url.substring(0, colon).toLowerCase(Locale.ROOT))
                && url.chars().noneMatch(Character::isWhitespace);
    }

    /** An ISO 8601 date: YYYY-MM-DD (the day is dropped and noted), YYYY-MM or YYYY. */
    Optional<PartialDate> date(String key) {
        Optional<JsonValue> value = value(key);
        String text = text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Matcher full = FULL_DATE.matcher(text);
        Optional<PartialDate> date = Optional.empty();
        if (full.matches()) {
            try {
                LocalDate.of(Integer.parseInt(full.group(1)), Integer.parseInt(full.group(2)),
                        Integer.parseInt(full.group(3)));
                date = PartialDate.parse(text.substring(0, 7));
                if (date.isPresent()) {
                    ctx.notes().kept(child(key), Notes.DAY_DROPPED);
                }
            } catch (DateTimeException e) {
                date = Optional.empty();
            }
        } else {
            date = PartialDate.parse(text);
        }
        if (date.isEmpty()) {
            JsonValue at = value.orElseThrow();
            ctx.problems().add(ctx.file(), at.line(), at.column(), child(key) + " \"" + text
                    + "\" is not a date; use YYYY-MM-DD, YYYY-MM or YYYY");
        }
        return date;
    }

    /** A list of text: items stripped, blank items left out. */
    List<String> texts(String key) {
        Optional<JsonValue> value = value(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof JsonArray array)) {
            wrongList(value.get(), child(key));
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
            JsonValue item = array.items().get(i);
            if (!(item instanceof JsonNull)) {
                String text = text(item, child(key) + "[" + i + "]");
                if (!text.isEmpty()) {
                    out.add(text);
                }
            }
        }
        return out;
    }

    /** The place of each item of the list at {@code key}, as {line, column}. */
    List<int[]> itemPlaces(String key) {
        return object.member(key).map(JsonObject.Member::value).filter(JsonArray.class::isInstance)
                .map(v -> ((JsonArray) v).items().stream().map(i -> new int[] {i.line(), i.column()}).toList())
                .orElse(List.of());
    }

    /**
     * A list of objects, each read by {@code reader}, its unknown members noted as {@code unknown}.
     * Objects with nothing in them (templates often hold {@code {"name": ""}}) are left out.
     */
    <T> List<T> list(String key, Function<Members, T> reader, String unknown) {
        Optional<JsonValue> value = value(key);
        if (value.isEmpty()) {
            return List.of();
        }
        if (!(value.get() instanceof JsonArray array)) {
            wrongList(value.get(), child(key));
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < array.items().size(); i++) {
            if (array.items().get(i) instanceof JsonObject o && empty(o)) {
                continue;
            }
            Optional<Members> item = of(ctx, array.items().get(i), child(key) + "[" + i + "]");
            if (item.isPresent()) {
                out.add(reader.apply(item.get()));
                item.get().finish(unknown);
            }
        }
        return out;
    }

    /** A nested object read by {@code reader}; empty when absent or not an object. */
    <T> Optional<T> object(String key, Function<Members, T> reader, String unknown) {
        Optional<JsonValue> value = value(key);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        Optional<Members> members = of(ctx, value.get(), child(key));
        if (members.isEmpty()) {
            return Optional.empty();
        }
        T result = reader.apply(members.get());
        members.get().finish(unknown);
        return Optional.of(result);
    }

    /** A member folio does not import: noted with {@code reason} unless it is empty. */
    void skip(String key, String reason) {
        value(key).filter(v -> !empty(v)).ifPresent(v -> ctx.notes().notImported(child(key), reason));
    }

    /** A problem at the value of {@code key} (or at this object when the key is absent). */
    void problem(String key, String message) {
        int[] at = place(key);
        ctx.problems().add(ctx.file(), at[0], at[1], message);
    }

    /** The place of the value of {@code key}, or of this object when the key is absent. */
    int[] place(String key) {
        return object.member(key).map(m -> new int[] {m.value().line(), m.value().column()})
                .orElse(new int[] {object.line(), object.column()});
    }

    /** Notes every member that was never asked for and holds something, with {@code reason}. */
    void finish(String reason) {
        for (JsonObject.Member member : object.members()) {
            if (!known.contains(member.key()) && !empty(member.value())) {
                ctx.notes().notImported(child(member.key()), reason);
            }
        }
    }

    private String text(JsonValue value, String at) {
        if (value instanceof JsonText t) {
            return t.text().replace("\r\n", "\n").replace('\r', '\n').strip();
        }
        wrongType(value, at);
        return "";
    }

    private void wrongType(JsonValue value, String at) {
        String hint = "";
        if (value instanceof JsonNumber n) {
            hint = "; write \"" + n.text() + "\"";
        } else if (value instanceof JsonBoolean b) {
            hint = "; write \"" + b.value() + "\"";
        }
        ctx.problems().add(ctx.file(), value.line(), value.column(), at + " should be text in double quotes, found "
                + value.kind() + hint);
    }

    private void wrongList(JsonValue value, String at) {
        ctx.problems().add(ctx.file(), value.line(), value.column(), at + " should be a list [ … ], found "
                + value.kind() + (value instanceof JsonText ? "; put it in brackets: [\"…\"]" : ""));
    }

    /** Nothing lost by leaving it out: null, blank text, an empty list or object. */
    static boolean empty(JsonValue value) {
        if (value instanceof JsonText t) {
            return t.text().isBlank();
        }
        if (value instanceof JsonArray a) {
            return a.items().stream().allMatch(Members::empty);
        }
        if (value instanceof JsonObject o) {
            return o.members().stream().allMatch(m -> empty(m.value()));
        }
        return value instanceof JsonNull;
    }
}
