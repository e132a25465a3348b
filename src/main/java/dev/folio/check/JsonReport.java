package dev.folio.check;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * The report as JSON, for tools:
 * <pre>{@code
 * {
 *   "ok" : false,
 *   "summary" : { "files" : 6, "pages" : 5, "links" : 120, "external" : 0, "errors" : 1, "warnings" : 0 },
 *   "problems" : [ {
 *     "page" : "index.html", "line" : 3, "column" : 1, "severity" : "error", "kind" : "broken-link",
 *     "attribute" : "href", "target" : "gone.html", "message" : "file not found: gone.html"
 *   } ]
 * }
 * }</pre>
 * Problems are sorted as in {@link CheckReport}; nothing in it depends on the time of the run.
 */
public final class JsonReport {

    private JsonReport() {
    }

    public static String write(CheckReport report) {
        StringWriter out = new StringWriter();
        try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeBooleanField("ok", report.ok());
            json.writeObjectFieldStart("summary");
            json.writeNumberField("files", report.files().size());
            json.writeNumberField("pages", report.pagesChecked());
            json.writeNumberField("links", report.linksChecked());
            json.writeNumberField("external", report.externalChecked());
            json.writeNumberField("errors", report.errors().size());
            json.writeNumberField("warnings", report.warnings().size());
            json.writeEndObject();
            json.writeArrayFieldStart("problems");
            for (CheckProblem p : report.problems()) {
                json.writeStartObject();
                json.writeStringField("page", p.page());
                json.writeNumberField("line", p.line());
                json.writeNumberField("column", p.column());
                json.writeStringField("severity", p.severity().id());
                json.writeStringField("kind", p.kind().id());
                json.writeStringField("attribute", p.attribute());
                json.writeStringField("target", p.target());
                json.writeStringField("message", p.message());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out + "\n";
    }
}
