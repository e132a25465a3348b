package dev.folio.check;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The severity of each {@link Kind} of problem. Kinds not in the map keep their default.
 *
 * <p>From settings written by a person (the command line's {@code --severity kind=level}, or a
 * {@code check:} section of site.yml): {@link #validate} lists what is wrong in words, and
 * {@link #of} builds the config. To locate a message at a key's line, validate one entry at a time.
 */
public record CheckConfig(Map<Kind, Severity> severities) {

    public CheckConfig {
        EnumMap<Kind, Severity> all = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            all.put(kind, kind.defaultSeverity());
        }
        Objects.requireNonNull(severities, "severities").forEach((k, s) -> all.put(
                Objects.requireNonNull(k, "kind"), Objects.requireNonNull(s, "severity")));
        severities = Collections.unmodifiableMap(all);
    }

    /** Every kind at its default severity. */
    public static CheckConfig defaults() {
        return new CheckConfig(Map.of());
    }

    public Severity severity(Kind kind) {
        return severities.get(kind);
    }

    public CheckConfig with(Kind kind, Severity severity) {
        EnumMap<Kind, Severity> changed = new EnumMap<>(severities);
        changed.put(kind, severity);
        return new CheckConfig(changed);
    }

    /**
     * What is wrong with kind → severity settings such as {@code {"missing-alt": "warn"}}, one sentence per
     * bad entry, in key order; empty when all are valid.
     */
    public static List<String> validate(Map<String, String> settings) {
        List<String> messages = new ArrayList<>();
        for (Map.Entry<String, String> e : new TreeMap<>(settings).entrySet()) {
            String key = e.getKey().strip();
            String value = e.getValue() == null ? "" : e.getValue().strip();
            if (Kind.byId(key).isEmpty()) {
                messages.add("unknown check kind \"" + key + "\"" + Nearest.to(key, Kind.ids())
                        .map(k -> "; did you mean \"" + k + "\"?")
                        .orElse("; known kinds: " + String.join(", ", Kind.ids())));
            }
            if (Severity.byId(value).isEmpty()) {
                messages.add("severity \"" + value + "\" for " + key + " is not one of error, warn, ignore"
                        + Nearest.to(value, Severity.ids()).map(s -> "; did you mean \"" + s + "\"?").orElse(""));
            }
        }
        return messages;
    }

    /** Defaults overridden by {@code settings}; throws {@link IllegalArgumentException} with the {@link #validate} messages. */
    public static CheckConfig of(Map<String, String> settings) {
        return defaults().overriddenBy(settings);
    }

    /** This config with {@code settings} (kind id → severity id) applied on top. */
    public CheckConfig overriddenBy(Map<String, String> settings) {
        List<String> problems = validate(settings);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        EnumMap<Kind, Severity> changed = new EnumMap<>(severities);
        settings.forEach((k, v) -> changed.put(kind(k), Severity.byId(v.strip()).orElseThrow()));
        return new CheckConfig(changed);
    }

    private static Kind kind(String id) {
        Optional<Kind> kind = Kind.byId(id.strip());
        return kind.orElseThrow();
    }
}
