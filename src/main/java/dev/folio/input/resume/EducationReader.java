package dev.folio.input.resume;

import dev.folio.profile.Education;
import dev.folio.profile.PartialDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Education lines → schools: institution, degree and area, dates, GPA; coursework and honours are reported. */
final class EducationReader {

    private static final Pattern SCORE = Pattern.compile("(?i)\\(?\\b(?:c?gpa|grade|score)\\s?:?\\s?(\\d{1,2}(?:\\.\\d{1,3})?(?:\\s?/\\s?\\d{1,3}(?:\\.\\d{1,2})?)?)\\)?"
            + "|\\((\\d\\.\\d{1,3}\\s?/\\s?\\d{1,2}(?:\\.\\d{1,2})?)\\)|\\b(\\d\\.\\d{1,3}\\s?/\\s?[45](?:\\.0{1,2})?)\\b");
    private static final Pattern EXTRA = Pattern.compile("(?i)\\b(?:relevant\\s)?(?:coursework|courses|thesis|honou?rs|activities|societies|minor|concentration|dissertation)\\s?:");
    private static final String[] INSTITUTION = {"university", "college", "institute", "school", "academy", "polytechnic",
        "universidad", "universität", "universitat", "université", "universite", "università", "universidade",
        "hochschule", "conservatory", "iit", "mit", "seminary", "bootcamp"};

    private final Usage usage;
    private final Reviews reviews;

    private static final class School {
        String institution = "";
        String studyType = "";
        String area = "";
        Optional<DateSpan> dates = Optional.empty();
        String score = "";

        boolean empty() {
            return institution.isEmpty() && studyType.isEmpty();
        }
    }

    private EducationReader(Usage usage, Reviews reviews) {
        this.usage = usage;
        this.reviews = reviews;
    }

    static List<Education> read(List<SourceLine> lines, Usage usage, Reviews reviews, int offset) {
        return new EducationReader(usage, reviews).read(lines, offset);
    }

    private List<Education> read(List<SourceLine> lines, int offset) {
        List<School> schools = new ArrayList<>();
        School cur = null;
        boolean gap = false;
        for (SourceLine line : lines) {
            if (line.blank() || line.page()) {
                gap = true;
                continue;
            }
            String text = line.text();
            Optional<DateSpan> dates = DateGrammar.find(text);
            Matcher extra = EXTRA.matcher(text);
            if (extra.find()) {
                if (extra.start() > 0) {
                    String cut = text.substring(extra.start());
                    if (dates.isPresent() && dates.get().start() >= extra.start()) {
                        cut = (text.substring(extra.start(), dates.get().start()) + text.substring(dates.get().end())).strip();
                    }
                    usage.piece(line, cut, "folio has no place for coursework or honours of a school");
                    text = text.substring(0, extra.start()).strip();
                    if (dates.isPresent() && dates.get().start() >= extra.start()) {
                        text = text + "  " + dates.get().written();
                        dates = Optional.empty();
                    }
                } else {
                    usage.skip(line, "folio has no place for coursework or honours of a school");
                    continue;
                }
            }
            if (dates.isPresent() && dates.get().end() <= text.length()) {
                text = dates.get().remove(text);
            } else {
                dates = DateGrammar.find(text);
                if (dates.isPresent()) {
                    text = dates.get().remove(text);
                }
            }
            String score = "";
            Matcher sm = SCORE.matcher(text);
            if (sm.find()) {
                score = sm.group(1) != null ? sm.group(1) : sm.group(2) != null ? sm.group(2) : sm.group(3);
                score = score.replace(" ", "");
                text = (text.substring(0, sm.start()) + " " + text.substring(sm.end())).strip();
            }
            Optional<Degrees.Degree> degree = Degrees.find(text);
            String institution = "";
            List<String> rest = new ArrayList<>();
            String before = text;
            String after = "";
            if (degree.isPresent()) {
                before = text.substring(0, degree.get().start());
                after = text.substring(degree.get().end());
            }
            for (String part : Splitter.parts(before + "  " + after)) {
                List<String> comps = new ArrayList<>(Splitter.commas(part));
                int tail = Places.tail(comps, false);
                comps = comps.subList(0, comps.size() - tail);
                for (String c : comps) {
                    String s = Splitter.trim(c);
                    if (s.isEmpty()) {
                        continue;
                    }
                    if (institution.isEmpty() && isInstitution(s)) {
                        institution = s;
                    } else if (!Places.isPlace(s)) {
                        rest.add(s);
                    }
                }
            }
            boolean bullet = line.bullet() && degree.isEmpty() && institution.isEmpty();
            if (bullet || (degree.isEmpty() && institution.isEmpty() && dates.isEmpty() && score.isEmpty())) {
                if (cur != null && institution.isEmpty() && degree.isEmpty() && rest.size() == 1 && cur.institution.isEmpty()
                        && !line.bullet()) {
                    cur.institution = rest.get(0);
                    usage.use(line);
                    reviews.add("education[" + (offset + schools.size() - 1) + "].institution",
                            "read as the school's name by its place; check it");
                    continue;
                }
                usage.skip(line, "not a school, degree or date; folio has no place for it under education");
                continue;
            }
            boolean fresh = cur == null
                    || (!institution.isEmpty() && !cur.institution.isEmpty())
                    || (degree.isPresent() && !cur.studyType.isEmpty())
                    || (gap && !cur.institution.isEmpty() && !cur.studyType.isEmpty());
            if (fresh) {
                cur = new School();
                schools.add(cur);
            }
            if (!institution.isEmpty()) {
                cur.institution = institution;
            }
            if (degree.isPresent()) {
                cur.studyType = degree.get().studyType();
                cur.area = degree.get().area();
            }
            if (cur.institution.isEmpty() && degree.isPresent() && !rest.isEmpty()) {
                cur.institution = rest.remove(0);
                reviews.add("education[" + (offset + schools.size() - 1) + "].institution",
                        "read as the school's name by its place; check it");
            } else if (cur.institution.isEmpty() && degree.isEmpty() && !rest.isEmpty()) {
                cur.institution = rest.remove(0);
            }
            if (dates.isPresent() && cur.dates.isEmpty()) {
                cur.dates = dates;
            }
            if (!score.isEmpty()) {
                cur.score = score;
            }
            for (String r : rest) {
                usage.piece(line, r, "left over in an education line");
            }
            usage.use(line);
            gap = false;
        }
        List<Education> out = new ArrayList<>();
        for (School s : schools) {
            if (s.empty()) {
                continue;
            }
            String path = "education[" + (offset + out.size()) + "]";
            Optional<PartialDate> start = Optional.empty();
            Optional<PartialDate> end = Optional.empty();
            if (s.dates.isPresent()) {
                DateSpan d = s.dates.get();
                if (d.single()) {
                    end = d.to();
                } else {
                    start = d.from();
                    end = d.to();
                }
                if (d.current() || d.rough().equals("expected")) {
                    reviews.add(path + ".endDate", "\"" + d.written() + "\": still studying; the end date is the expected one or none");
                }
            }
            String institution = s.institution;
            if (institution.isEmpty()) {
                institution = "School";
                reviews.add(path + ".institution", "no school name found; write it");
            }
            out.add(new Education(institution, s.area, s.studyType, start, end, s.score));
        }
        return out;
    }

    static boolean isInstitution(String text) {
        for (String t : Words.tokens(text)) {
            String w = t.replaceAll("^[.'-]+|[.'-]+$", "").toLowerCase(Locale.ROOT);
            for (String i : INSTITUTION) {
                if (w.equals(i)) {
                    return true;
                }
            }
        }
        return false;
    }
}
