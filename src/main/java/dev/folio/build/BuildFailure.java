package dev.folio.build;

import dev.folio.problem.Problem;
import java.util.List;

/**
 * A build that stopped. {@code invalidInput} separates mistakes in the user's files (exit 2) from
 * everything else (exit 1). The previous output is untouched.
 */
public final class BuildFailure extends RuntimeException {

    private final Phase phase;
    private final transient List<Problem> problems;
    private final boolean invalidInput;

    BuildFailure(Phase phase, List<Problem> problems, boolean invalidInput) {
        super(phase.label() + ": " + (problems.isEmpty() ? "failed" : problems.get(0).format()), null, false, false);
        this.phase = phase;
        this.problems = List.copyOf(problems);
        this.invalidInput = invalidInput;
    }

    public Phase phase() {
        return phase;
    }

    public List<Problem> problems() {
        return problems;
    }

    public boolean invalidInput() {
        return invalidInput;
    }
}
