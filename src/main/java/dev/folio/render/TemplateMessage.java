package dev.folio.render;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a jte failure says, taken apart: the template it names (which may be a partial the page's
 * template calls), the line there, and what is wrong, without the Java file jte generated from it.
 *
 * @param template the template's name as jte knows it ("partials/metric.jte")
 * @param line 1-based; 0 when jte gave none
 */
record TemplateMessage(String template, int line, String detail) {

    /** "Failed to compile partials/metric.jte, error at line 6: Missing @endif": the template did not parse. */
    private static final Pattern PARSE = Pattern.compile(
            "Failed to compile ([\\w./-]+\\.jte), error at line (\\d+): (.*)", Pattern.DOTALL);

    /** "Failed to compile template:", "partials/metric.jte:4" on the next line, then javac's report on the generated Java. */
    private static final Pattern COMPILE = Pattern.compile(
            "Failed to compile template:\\s*([\\w./-]+\\.jte):(\\d+)\\R(.*)", Pattern.DOTALL);

    /** javac's "/tmp/…/JtemetricGenerated.java:13: error: cannot find symbol". */
    private static final Pattern JAVAC = Pattern.compile("\\S*\\.java:\\d+: (?:error: )?(.*)");

    /** "home.jte:12" anywhere in the message: the place of a failure while rendering, and the rest. */
    private static final Pattern LOCATION = Pattern.compile("([\\w./-]+\\.jte):(\\d+)");

    /** Reads {@code message}, jte's failure for {@code template}; {@code template} when it names none. */
    static TemplateMessage of(String template, String message) {
        Matcher parse = PARSE.matcher(message);
        if (parse.matches()) {
            return new TemplateMessage(parse.group(1), Integer.parseInt(parse.group(2)),
                    "is not a valid template: " + oneLine(parse.group(3)));
        }
        Matcher compile = COMPILE.matcher(message);
        if (compile.matches()) {
            return new TemplateMessage(compile.group(1), Integer.parseInt(compile.group(2)),
                    "does not compile: " + firstJavacError(compile.group(3)));
        }
        Matcher at = LOCATION.matcher(message);
        if (at.find()) {
            return new TemplateMessage(at.group(1), Integer.parseInt(at.group(2)), oneLine(message));
        }
        return new TemplateMessage(template, 0, oneLine(message));
    }

    /**
     * The first error of javac's report, its message and its "symbol:" and "location:" notes, without
     * the generated Java it quotes: "cannot find symbol; symbol: method x(); location: variable metric".
     */
    private static String firstJavacError(String report) {
        List<String> parts = new ArrayList<>();
        for (String line : report.lines().map(String::strip).toList()) {
            Matcher error = JAVAC.matcher(line);
            if (error.matches()) {
                if (!parts.isEmpty()) {
                    break; // the next error; the first is the one to fix first
                }
                parts.add(error.group(1).strip());
            } else if (!parts.isEmpty() && (line.startsWith("symbol:") || line.startsWith("location:")
                    || line.startsWith("required:") || line.startsWith("found:") || line.startsWith("reason:"))) {
                parts.add(line.replaceAll("\\s+", " "));
            } else if (LOCATION.matcher(line).matches()) {
                if (!parts.isEmpty()) {
                    break;
                }
            }
        }
        return parts.isEmpty() ? oneLine(report) : String.join("; ", parts);
    }

    private static String oneLine(String text) {
        return text.lines().map(String::strip).filter(l -> !l.isEmpty()).reduce((a, b) -> a + " " + b)
                .orElse("failed");
    }
}
