package dev.folio.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The report as JUnit XML, the shape CI servers read (testsuites / testsuite / testcase / failure): one
 * testcase per checked file, failed when it has a problem at severity error, with every error line in the
 * failure's text and the warnings in its {@code system-out}. No times or host names, so the output is the
 * same for the same site.
 */
public final class JunitReport {

    static final String SUITE = "folio check";
    static final String CLASS_NAME = "folio.check";

    private JunitReport() {
    }

    public static String write(CheckReport report) {
        TreeSet<String> files = new TreeSet<>(report.files());
        report.problems().forEach(p -> files.add(p.page()));
        Map<String, List<CheckProblem>> byFile = new LinkedHashMap<>();
        files.forEach(f -> byFile.put(f, new ArrayList<>()));
        report.problems().forEach(p -> byFile.get(p.page()).add(p));
        long failures = byFile.values().stream().filter(ps -> ps.stream().anyMatch(CheckProblem::isError)).count();
        String counts = " tests=\"" + files.size() + "\" failures=\"" + failures + "\" errors=\"0\"";
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuites name=\"").append(SUITE).append('"').append(counts).append(">\n");
        xml.append("  <testsuite name=\"").append(SUITE).append('"').append(counts).append(" skipped=\"0\">\n");
        byFile.forEach((file, problems) -> testcase(xml, file, problems));
        xml.append("  </testsuite>\n</testsuites>\n");
        return xml.toString();
    }

    private static void testcase(StringBuilder xml, String file, List<CheckProblem> problems) {
        xml.append("    <testcase name=\"").append(escape(file)).append("\" classname=\"").append(CLASS_NAME).append('"');
        if (problems.isEmpty()) {
            xml.append("/>\n");
            return;
        }
        xml.append(">\n");
        List<CheckProblem> errors = problems.stream().filter(CheckProblem::isError).toList();
        List<CheckProblem> warnings = problems.stream().filter(p -> !p.isError()).toList();
        if (!errors.isEmpty()) {
            TreeSet<String> kinds = new TreeSet<>();
            errors.forEach(p -> kinds.add(p.kind().id()));
            xml.append("      <failure message=\"").append(errors.size()).append(errors.size() == 1 ? " error" : " errors")
                    .append(" in ").append(escape(file)).append("\" type=\"").append(String.join(" ", kinds))
                    .append("\">").append(escape(lines(errors))).append("</failure>\n");
        }
        if (!warnings.isEmpty()) {
            xml.append("      <system-out>").append(escape(lines(warnings))).append("</system-out>\n");
        }
        xml.append("    </testcase>\n");
    }

    private static String lines(List<CheckProblem> problems) {
        StringBuilder text = new StringBuilder();
        for (CheckProblem p : problems) {
            text.append(p.severity().label()).append(": ").append(p.format()).append('\n');
        }
        return text.toString();
    }

    /** Escapes markup and replaces characters XML 1.0 cannot hold. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> {
                    boolean allowed = c == '\t' || c == '\n' || c == '\r' || c >= 0x20 && c <= 0xD7FF
                            || c >= 0xE000 && c <= 0xFFFD
                            || Character.isHighSurrogate(c) && i + 1 < s.length()
                                    && Character.isLowSurrogate(s.charAt(i + 1))
                            || Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
                    out.append(allowed ? c : '\uFFFD');
                }
            }
        }
        return out.toString();
    }
}
