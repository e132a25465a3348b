package dev.folio.input.yaml;

import dev.folio.problem.Problems;
import dev.folio.profile.PartialDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the keys of one mapping into typed values, reporting each mistake with its place and key
 * path. Every key asked for becomes known; {@link #finish()} reports the others as unknown, with the
 * nearest known key suggested.
 */
final class Fields {

    private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");

    private final String file;
    private final MapNode map;
    private final String path;
    private final Problems problems;
    private final Set<String> known = new LinkedHashSet<>();
    private final java.util.Map<String, String> missing = new java.util.LinkedHashMap<>();

    private Fields(String file, MapNode map, String path, Problems problems) {
        this.file = file;
        this.map = map;
        this.path = path;
        this.problems = problems;
    }

    /** The mapping at {@code node}, or empty (with a problem) when it is something else. */
    static Optional<Fields> of(String file, Node node, String path, Problems problems) {
        if (node instanceof MapNode m) {
            return Optional.of(new Fields(file, m, path, problems));
        }
        if (node instanceof ScalarNode s && s.nullValue()) {
            return Optional.of(new Fields(file, new MapNode(s.line(), s.column(), List.of()), path, problems));
        }
        problems.add(file, node.line(), node.column(), describe(path)
                + " should be a mapping of keys and values, found " + node.kind());
        return Optional.empty();
    }

    String path() {
        return path;
    }

    String file() {
        return file;
    }

    int line() {
        return map.line();
    }

    int column() {
        return map.column();
    }

    String child(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private Optional<Node> value(String key) {
        known.add(key);
        return map.entry(key).map(MapNode.Entry::value)
                .filter(v -> !(v instanceof ScalarNode s && s.nullValue()));
    }

    /** Every key of the mapping, in file order; all become known. */
    List<String> keys() {
        List<String> keys = map.entries().stream().map(MapNode.Entry::key).toList();
        known.addAll(keys);
        return keys;
    }

    boolean has(String key) {
        return value(key).isPresent();
    }

    /** The node's place, or the mapping's own place when the key is absent. */
    int[] position(String key) {
        return map.entry(key).map(e -> new int[] {e.value().line(), e.value().column()})
                .orElse(new int[] {map.line(), map.column()});
    }

    /** The place of each item of the list at {@code key}, as {line, column}. */
    List<int[]> itemPositions(String key) {
        return map.entry(key).map(MapNode.Entry::value)
                .filter(ListNode.class::isInstance)
                .map(v -> ((ListNode) v).items().stream().map(i -> new int[] {i.line(), i.column()}).toList())
                .orElse(List.of());
    }

    /** Text at {@code key}; empty string when absent. */
    String text(String key) {
        Optional<Node> node = value(key);
        if (node.isEmpty()) {
            return "";
        }
        if (node.get() instanceof ScalarNode s) {
            return s.text().strip();
        }
        report(node.get(), child(key) + " should be text, found " + node.get().kind());
        return "";
    }

    /** Text that must be there; reports {@code fix} when it is missing or blank. */
    String required(String key, String fix) {
        String text = text(key);
        if (text.isEmpty() && !hasNonTextValue(key)) {
            missing.put(key, child(key) + " is missing; " + fix);
        }
        return text;
    }

    private boolean hasNonTextValue(String key) {
        return map.entry(key).map(e -> !(e.value() instanceof ScalarNode)).orElse(false);
    }

    /** A link; only http(s), mailto and tel are allowed. */
    String url(String key) {
        String text = text(key);
        if (text.isEmpty()) {
            return text;
        }
        int colon = text.indexOf(':');
        String scheme = colon < 0 ? "" : text.substring(0, colon).toLowerCase(Locale.ROOT);
        if (colon < 0 || !SAFE_SCHEMES.contains(scheme) || text.chars().anyMatch(Character::isWhitespace)) {
            int[] at = position(key);
            problems.add(file, at[0], at[1], child(key) + " \"" + text
                    + "\" is not a web address; use a full https://, mailto: or tel: link");
            return "";
        }
        return text;
    }

    /** A {@code YYYY-MM} or {@code YYYY} date. */
    Optional<PartialDate> date(String key) {
        String text = text(key);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<PartialDate> date = PartialDate.parse(text);
        if (date.isEmpty()) {
            int[] at = position(key);
            problems.add(file, at[0], at[1], child(key) + " \"" + text
                    + "\" is not a date; use YYYY-MM or YYYY");
        }
        return date;
    }

    /** A list of text; a single text value is reported, not silently wrapped. */
    List<String> texts(String key) {
        Optional<Node> node = value(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof ListNode list)) {
            report(node.get(), child(key) + " should be a list (lines starting with \"- \"), found "
                    + node.get().kind());
            return List.of();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            Node item = list.items().get(i);
            if (item instanceof ScalarNode s && !s.nullValue()) {
                if (!s.text().isBlank()) {
                    out.add(s.text().strip());
                }
            } else if (!(item instanceof ScalarNode)) {
                report(item, child(key) + "[" + i + "] should be text, found " + item.kind());
            }
        }
        return out;
    }

    /** A list of mappings, each read by {@code reader}. */
    <T> List<T> list(String key, Function<Fields, T> reader) {
        Optional<Node> node = value(key);
        if (node.isEmpty()) {
            return List.of();
        }
        if (!(node.get() instanceof ListNode list)) {
            report(node.get(), child(key) + " should be a list (lines starting with \"- \"), found "
                    + node.get().kind());
            return List.of();
        }
        List<T> out = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            Optional<Fields> item = of(file, list.items().get(i), child(key) + "[" + i + "]", problems);
            if (item.isPresent()) {
                out.add(reader.apply(item.get()));
                item.get().finish();
            }
        }
        return out;
    }

    /** A nested mapping read by {@code reader}; {@code fallback} when absent or wrong. */
    <T> T object(String key, Function<Fields, T> reader, T fallback) {
        Optional<Node> node = value(key);
        if (node.isEmpty()) {
            return fallback;
        }
        Optional<Fields> fields = of(file, node.get(), child(key), problems);
        if (fields.isEmpty()) {
            return fallback;
        }
        T value = reader.apply(fields.get());
        fields.get().finish();
        return value;
    }

    void problemAt(int[] at, String message) {
        problems.add(file, at[0], at[1], message);
    }

    void problem(String key, String message) {
        int[] at = position(key);
        problems.add(file, at[0], at[1], message);
    }

    private void report(Node node, String message) {
        problems.add(file, node.line(), node.column(), message);
    }

    /**
     * Reports every key that was never asked for, and the required keys that are missing, except
     * those a misspelt key already explains.
     */
    void finish() {
        for (MapNode.Entry entry : map.entries()) {
            if (!known.contains(entry.key())) {
                String message = child(entry.key()) + " is not a known key";
                Optional<String> near = Suggest.nearest(entry.key(), known);
                near.ifPresent(missing::remove);
                message += near.map(n -> "; did you mean \"" + n + "\"?")
                        .orElse("; known keys here: " + String.join(", ", known));
                problems.add(file, entry.line(), entry.column(), message);
            }
        }
        missing.forEach((key, message) -> {
            int[] at = position(key);
            problems.add(file, at[0], at[1], message);
        });
        missing.clear();
    }

    private static String describe(String path) {
        return path.isEmpty() ? "the file" : path;
    }
}
