package dev.folio.input.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.folio.profile.Profile;
import dev.folio.profile.Work;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Role headers that used to be misread: a title with an area after a comma, two-digit years. */
class HeaderCasesTest {

    private static List<String> work(String resume) {
        Profile p = ResumeReader.readText(resume).profile();
        return p.work().stream().map(HeaderCasesTest::line).toList();
    }

    private static String line(Work w) {
        return w.position() + " | " + w.name() + " | " + w.location() + " | "
                + w.startDate().map(Object::toString).orElse("") + " – " + w.endDate().map(Object::toString).orElse("");
    }

    @Test
    void anAreaAfterATitleIsPartOfTheTitle() {
        assertEquals(List.of(
                "Senior Engineer, Infrastructure | Example Corp |  | 2021-01 – ",
                "Engineer II, Payments Platform | Other Co | Berlin | 2016 – 2019",
                "Staff Engineer, Trust & Safety | Sample Inc |  | 2019 – 2021"), work("""
                Sam Example
                sam@example.com

                Experience

                Senior Engineer, Infrastructure | Example Corp | Jan 2021 – Present
                - Cut deploy time from 40 min to 6 min by rebuilding the CI pipeline

                Engineer II, Payments Platform
                Other Co, Berlin
                2016 – 2019
                - Moved card payments to a new processor with zero downtime

                Staff Engineer, Trust & Safety | Sample Inc | 2019 – 2021
                - Reviewed every abuse report queue
                """));
    }

    @Test
    void aTitleFollowedByACompanyStaysTwoFields() {
        assertEquals(List.of("Software Engineer | Globex |  | 2018 – 2020"), work("""
                Sam Example
                sam@example.com

                Experience

                Software Engineer, Globex, 2018 – 2020
                - Built the billing service
                """));
    }

    @Test
    void monthAndTwoDigitYearRanges() {
        assertEquals(List.of(
                "Software Engineer | Sample Inc |  | 2019-06 – 2020-12",
                "Engineer | Example Corp |  | 2021-01 – ",
                "Intern | Other Co |  | 1998-09 – 1999-03"), work("""
                Sam Example
                sam@example.com

                Experience

                Software Engineer | Sample Inc | 06/19 – 12/20
                - Served 25K QPS with p99 under 80 ms

                Engineer | Example Corp | 1/21 - Present
                - Ran the on-call rotation

                Intern | Other Co | 09/98 – 03/99
                - Wrote tests
                """));
    }
}
