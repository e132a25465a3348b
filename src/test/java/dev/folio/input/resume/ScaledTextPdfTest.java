package dev.folio.input.resume;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.folio.input.resume.pdf.PdfText;
import dev.folio.profile.Profile;
import dev.folio.profile.Work;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * PDFs that size their text through the text matrix under a scaled page (Word for Mac, Quartz:
 * {@code 0.24 … cm}, {@code 1 Tf}, {@code 50 … Tm}) are read at the size the text shows, 12 pt, not
 * the 50 pt the text matrix alone gives.
 */
final class ScaledTextPdfTest {

    static final String RESUME = """
            # Sam Example
            sam@example.com | 555-010-0100 | Denver, CO
            EXPERIENCE
            Backend Engineer, Example Corp, Denver, CO\t>Mar 2021 – Present
            • Cut p99 checkout latency from 420 ms to 95 ms by caching prices in Redis
            • Wrote the on-call runbook
            Software Engineer, Sample Labs, Boulder, CO\t>Jun 2018 – Feb 2021
            • Moved nightly billing off cron onto a queue
            SKILLS
            Languages: Java, Go
            """;

    @Test
    void linesFourteenPointsApartAreReadOneByOneInOrder() {
        byte[] pdf = TestPdfs.drawScaled(RESUME, 0.24f, 12, 14);
        assertEquals(RESUME.replace("# ", "").replace("\t>", "\t").strip(), PdfText.extract("cv.pdf", pdf));
    }

    @Test
    void theNameRolesAndHighlightsComeOutAsFromAnUnscaledPdf() {
        Profile scaled = ResumeReader.read("cv.pdf", TestPdfs.drawScaled(RESUME, 0.24f, 12, 14), ResumeFormat.PDF)
                .profile();
        assertEquals("Sam Example", scaled.basics().name());
        assertEquals(List.of("Example Corp", "Sample Labs"), scaled.work().stream().map(Work::name).toList());
        assertEquals(List.of("Backend Engineer", "Software Engineer"),
                scaled.work().stream().map(Work::position).toList());
        assertEquals(List.of("Cut p99 checkout latency from 420 ms to 95 ms by caching prices in Redis",
                "Wrote the on-call runbook"), scaled.work().get(0).highlights());
        Profile plain = ResumeReader.read("cv.pdf", TestPdfs.draw(RESUME.replace("# ", "")), ResumeFormat.PDF)
                .profile();
        assertEquals(plain, scaled);
    }
}
