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
 * The severity of each {@link Kind} of problem (kinds not in the map keep their default), and how links are
 * resolved.
 *
 * <p>From settings written by a person (the command line's {@code --severity kind=level}, or a
 * {@code check:} section of site.yml, which also takes {@code assume-extension: true|false}): {@link #validate}
 * lists what is wrong in words, and {@link #of} builds the config. To locate a message at a key's line,
 * validate one entry at a time.
 *
 * @param assumeExtension whether a link to {@code about} that names no file leads to {@code about.html} when
 *                        there is one, as GitHub Pages, Netlify and most static hosts serve it (on by default)
 */
public record CheckConfig(Map<Kind, Severity> severities, boolean assumeExtension) {

    /** The key of {@link #assumeExtension} in check settings. */
    public static final String ASSUME_EXTENSION = "assume-extension";

    public CheckConfig {
        EnumMap<Kind, Severity> all = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.values()) {
            all.put(kind, kind.defaultSeverity());
        }
        Objects.requireNonNull(severities, "severities").forEach((k, s) -> all.put(
                Objects.requireNonNull(k, "kind"), Objects.requireNonNull(s, "severity")));
        severities = Collections.unmodifiableMap(all);
    }

    /** These severities, with extensionless links assumed to name .html files. */
    public CheckConfig(Map<Kind, Severity> severities) {
        this(severities, true);
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
        return new CheckConfig(changed, assumeExtension);
    }

    public CheckConfig withAssumeExtension(boolean assume) {
        return new CheckConfig(severities, assume);
    }

    /**
     * What is wrong with kind → severity settings such as {@code {"missing-alt": "warn"}} (and
     * {@code "assume-extension": "false"}), one sentence per bad entry, in key order; empty when all are valid.
     */
    public static List<String> validate(Map<String, String> settings) {
        List<String> messages = new ArrayList<>();
        List<String> keys = new ArrayList<>(Kind.ids());
        keys.add(ASSUME_EXTENSION);
        for (Map.Entry<String, String> e : new TreeMap<>(settings).entrySet()) {
            String key = e.getKey().strip();
            String value = e.getValue() == null ? "" : e.getValue().strip();
            if (key.equals(ASSUME_EXTENSION)) {
                if (!value.equals("true") && !value.equals("false")) {
                    messages.add(ASSUME_EXTENSION + " is \"" + value + "\"; write true or false");
                }
                continue;
            }
            boolean unknown = Kind.byId(key).isEmpty();
            if (unknown) {
                messages.add("unknown check kind \"" + key + "\"" + Nearest.to(key, keys)
                        .map(k -> "; did you mean \"" + k + "\"?")
                        .orElse("; known kinds: " + String.join(", ", Kind.ids()) + "; option: " + ASSUME_EXTENSION
                                + " (true or false)"));
            }
            boolean meantAsTheOption = unknown && (value.equals("true") || value.equals("false"));
            if (Severity.byId(value).isEmpty() && !meantAsTheOption) {
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

    /** This config with {@code settings} (kind id → severity id, or assume-extension → true|false) applied on top. */
    public CheckConfig overriddenBy(Map<String, String> settings) {
        List<String> problems = validate(settings);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("\n", problems));
        }
        EnumMap<Kind, Severity> changed = new EnumMap<>(severities);
        boolean assume = assumeExtension;
        for (Map.Entry<String, String> e : settings.entrySet()) {
            if (e.getKey().strip().equals(ASSUME_EXTENSION)) {
                assume = e.getValue().strip().equals("true");
            } else {
                changed.put(kind(e.getKey()), Severity.byId(e.getValue().strip()).orElseThrow());
            }
        }
        return new CheckConfig(changed, assume);
    }

    private static Kind kind(String id) {
        Optional<Kind> kind = Kind.byId(id.strip());
        return kind.orElseThrow();
    }
}
