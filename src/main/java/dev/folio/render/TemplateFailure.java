package dev.folio.render;

import dev.folio.problem.Problem;
import java.util.List;

/** A template did not compile or failed while rendering; carries the located problems. */
public final class TemplateFailure extends RuntimeException {

    private final transient List<Problem> problems;

    TemplateFailure(List<Problem> problems) {
        super(problems.get(0).format(), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
