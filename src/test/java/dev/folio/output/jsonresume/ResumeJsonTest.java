package dev.folio.output.jsonresume;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.build.Builder;
import dev.folio.build.TestSites;
import dev.folio.input.SiteInput;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class ResumeJsonTest {

    static final SiteInput SAMPLE = Builder.load(TestSites.SAMPLE, Optional.empty());

    @Test
    void sampleExportIsValidAgainstBothOfficialSchemas() {
        String json = ResumeJson.write(SAMPLE.profile(), SAMPLE.settings());
        assertEquals(List.of(), JsonResumeSchemas.errors(JsonResumeSchemas.CURRENT, json));
        assertEquals(List.of(), JsonResumeSchemas.errors(JsonResumeSchemas.V1_0, json));
    }
}
