package dev.folio.input.resume;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Why a field of the imported profile needs a person's eye, keyed by its path in profile.yml
 * ({@code basics.name}, {@code work[0].position}, {@code metrics[2]}); written as {@code # REVIEW:} comments.
 */
public final class Reviews {

    private final Map<String, List<String>> reasons = new LinkedHashMap<>();

    void add(String path, String reason) {
        List<String> list = reasons.computeIfAbsent(path, k -> new ArrayList<>());
        if (!list.contains(reason)) {
            list.add(reason);
        }
    }

    /** Path → reasons, in the order they were found. */
    public Map<String, List<String>> map() {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        reasons.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        return Collections.unmodifiableMap(copy);
    }

    public int size() {
        return reasons.size();
    }
}
