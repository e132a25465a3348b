package dev.folio.input.resume;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds a degree in a line and splits it into study type and area: "Master of Science, Computer Science". */
final class Degrees {

    /** The study type as written, its area, and where in the line the degree started. */
    record Degree(String studyType, String area, int start, int end) {}

    private static final String LONG = "(?:Bachelor|Master|Doctor|Associate)(?:['’]s)?(?:\\sof\\s(?:Applied\\s|Computer\\s|Business\\s|Fine\\s|Liberal\\s|Mathematics)?"
            + "(?:Science|Sciences|Arts|Engineering|Technology|Philosophy|Administration|Commerce|Education|Laws|Music|Mathematics|Design|Studies|Information\\sTechnology|Computer\\sApplications|Computing|Architecture)?)?"
            + "|Doctorate|High\\sSchool\\sDiploma|Diploma|Certificate|Postgraduate\\sDiploma|Graduate\\sCertificate|GED";
    private static final String SHORT = "B\\.\\s?S\\.?c?\\.?|B\\.\\s?Sc\\.?|BSc|BS|B\\.\\s?A\\.?|BA|M\\.\\s?S\\.?c?\\.?|M\\.\\s?Sc\\.?|MSc|MS|"
            + "M\\.\\s?A\\.?|MA|MBA|M\\.B\\.A\\.?|Ph\\.\\s?D\\.?|PhD|DPhil|B\\.\\s?Tech\\.?|BTech|M\\.\\s?Tech\\.?|MTech|"
            + "B\\.\\s?E\\.?|BE|M\\.\\s?E\\.?|ME|B\\.\\s?Eng\\.?|BEng|M\\.\\s?Eng\\.?|MEng|B\\.\\s?Math|BMath|BCS|BCA|MCA|BBA|"
            + "A\\.\\s?A\\.?|A\\.\\s?S\\.?|AAS|AS|AA|MPhil|M\\.\\s?Phil\\.?|LLB|LLM|JD|MD|B\\.\\s?Des\\.?|M\\.\\s?Des\\.?|BFA|MFA|HND";
    private static final Pattern DEGREE = Pattern.compile("(?<![\\p{L}.])(?:(?i:" + LONG + ")|(?:" + SHORT + "))(?![\\p{L}])"
            + "(?:\\s?[-–]\\s?[A-Z][A-Za-z.]{0,6}(?![\\p{L}]))?(?:\\s?\\((?i:hons?|honours|honors)\\.?\\))?(?:\\s(?i:honours|honors|hons))?");
    private static final Pattern AREA_SEP = Pattern.compile("^(?:,|:|\\s[-–—]|\\s(?:in|of)\\b|\\s)\\s?");

    private Degrees() {}

    static java.util.Optional<Degree> find(String text) {
        Matcher m = DEGREE.matcher(text);
        while (m.find()) {
            String type = m.group().strip();
            int end = m.end();
            String rest = text.substring(end);
            Matcher sep = AREA_SEP.matcher(rest);
            String area = "";
            if (sep.find() && (rest.isEmpty() || sep.end() > 0)) {
                area = rest.substring(sep.end());
                int stop = area.length();
                for (String s : new String[] {",", " (", " | ", "  ", " · ", ";", " - ", " – ", " — "}) {
                    int i = area.indexOf(s);
                    if (i >= 0) {
                        stop = Math.min(stop, i);
                    }
                }
                area = Splitter.trim(area.substring(0, stop));
                end += sep.end() + stop;
            }
            if (Words.isOrg(area) && (area.contains("University") || area.contains("College") || area.contains("Institute"))) {
                area = "";
                end = m.end();
            }
            if (isShortOnly(type) && area.isEmpty() && text.strip().length() > type.length() + 2) {
                continue;
            }
            return java.util.Optional.of(new Degree(type, area, m.start(), Math.min(end, text.length())));
        }
        return java.util.Optional.empty();
    }

    /** Two capitals such as "MS", "BE", "AS" count only with an area after them. */
    private static boolean isShortOnly(String type) {
        return type.matches("ME|BE|AS|AA|MA|MS|BS|BA|MD|JD");
    }
}
