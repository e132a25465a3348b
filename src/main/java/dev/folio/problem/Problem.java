package dev.folio.problem;

/**
 * One thing wrong with the input, located: {@code content/profile.yml:14:16: message}.
 * {@code file} is shown as given (relative to the site folder); line and column are 1-based,
 * 0 when unknown.
 */
public record Problem(String file, int line, int column, String message) implements Comparable<Problem> {

    public static Problem at(String file, String message) {
        return new Problem(file, 0, 0, message);
    }

    /** {@code file:line:column: message}, leaving out the parts that are unknown. */
    public String format() {
        StringBuilder out = new StringBuilder(file);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.append(": ").append(message).toString();
    }

    @Override
    public int compareTo(Problem o) {
        int c = file.compareTo(o.file);
        if (c == 0) c = Integer.compare(line, o.line);
        if (c == 0) c = Integer.compare(column, o.column);
        return c != 0 ? c : message.compareTo(o.message);
    }
}
