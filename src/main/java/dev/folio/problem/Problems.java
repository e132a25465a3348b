package dev.folio.problem;

import java.util.ArrayList;
import java.util.List;

/** Collects every problem of a phase so that all are reported at once. Not thread-safe. */
public final class Problems {

    private final List<Problem> list = new ArrayList<>();

    public void add(Problem problem) {
        list.add(problem);
    }

    public void add(String file, int line, int column, String message) {
        list.add(new Problem(file, line, column, message));
    }

    /** Adds what {@code other} collected, e.g. on another thread. */
    public void addAll(Problems other) {
        list.addAll(other.list);
    }

    public boolean isEmpty() {
        return list.isEmpty();
    }

    /** The problems sorted by file, line and column. */
    public List<Problem> sorted() {
        return list.stream().sorted().toList();
    }

    /** Throws {@link InvalidInputException} when anything was collected. */
    public void throwIfAny() {
        if (!list.isEmpty()) {
            throw new InvalidInputException(sorted());
        }
    }
}
