package dev.folio.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** jte's failures taken apart into the template they are in, its line and what is wrong. */
final class TemplateMessageTest {

    @Test
    void parseErrorInAPartialNamesThePartial() {
        assertEquals(new TemplateMessage("partials/metric.jte", 6, "is not a valid template: Missing @endif"),
                TemplateMessage.of("home.jte", "Failed to compile partials/metric.jte, error at line 6: Missing @endif"));
    }

    @Test
    void compileErrorNamesTheTemplateLineAndJavacsFirstErrorWithoutTheGeneratedJava() {
        String message = """
                Failed to compile template:
                partials/metric.jte:4
                /tmp/folio-templates-1/dev/folio/generated/site/partials/JtemetricGenerated.java:13: error: cannot find symbol
                \t\tjteOutput.writeUserContent(metric.nosuchfield());
                \t\t                                 ^
                  symbol:   method nosuchfield()
                  location: variable metric of type MetricView
                partials/metric.jte:5
                /tmp/folio-templates-1/dev/folio/generated/site/partials/JtemetricGenerated.java:15: error: ';' expected
                \t\tint x = 1
                \t\t         ^
                2 errors
                """;
        assertEquals(new TemplateMessage("partials/metric.jte", 4, "does not compile: cannot find symbol; "
                + "symbol: method nosuchfield(); location: variable metric of type MetricView"),
                TemplateMessage.of("home.jte", message));
    }

    @Test
    void renderingFailureKeepsJtesWordsAndItsPlace() {
        assertEquals(new TemplateMessage("partials/metric.jte", 3,
                        "Failed to render home.jte, error at partials/metric.jte:3"),
                TemplateMessage.of("home.jte", "Failed to render home.jte, error at partials/metric.jte:3\n"));
    }

    @Test
    void aMessageWithoutAPlaceBlamesThePagesTemplate() {
        assertEquals(new TemplateMessage("story.jte", 0, "something broke"),
                TemplateMessage.of("story.jte", "something\n  broke"));
    }
}
