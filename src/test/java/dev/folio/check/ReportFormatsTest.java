package dev.folio.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Test;
import org.xml.sax.SAXException;

class ReportFormatsTest {

    static final CheckReport REPORT = new CheckReport(List.of("a.html", "b & c.html", "css/site.css"), 2, 9, 0, List.of(
            new CheckProblem("a.html", 3, 1, Kind.BROKEN_LINK, Severity.ERROR, "href", "x.html",
                    "file not found: x.html"),
            new CheckProblem("a.html", 1, 1, Kind.MISSING_DESCRIPTION, Severity.WARN, "", "",
                    "the page has no <meta name=\"description\">"),
            new CheckProblem("a.html", 4, 2, Kind.BROKEN_FRAGMENT, Severity.ERROR, "href", "#q\u0001",
                    "no element with id \"q\" in a.html")),
            List.of());

    @Test
    void jsonIsSortedAndComplete() {
        assertEquals("""
                {
                  "ok" : false,
                  "summary" : {
                    "files" : 3,
                    "pages" : 2,
                    "links" : 9,
                    "external" : 0,
                    "errors" : 2,
                    "warnings" : 1
                  },
                  "problems" : [ {
                    "page" : "a.html",
                    "line" : 1,
                    "column" : 1,
                    "severity" : "warn",
                    "kind" : "missing-description",
                    "attribute" : "",
                    "target" : "",
                    "message" : "the page has no <meta name=\\"description\\">"
                  }, {
                    "page" : "a.html",
                    "line" : 3,
                    "column" : 1,
                    "severity" : "error",
                    "kind" : "broken-link",
                    "attribute" : "href",
                    "target" : "x.html",
                    "message" : "file not found: x.html"
                  }, {
                    "page" : "a.html",
                    "line" : 4,
                    "column" : 2,
                    "severity" : "error",
                    "kind" : "broken-fragment",
                    "attribute" : "href",
                    "target" : "#q\\u0001",
                    "message" : "no element with id \\"q\\" in a.html"
                  } ]
                }
                """, JsonReport.write(REPORT));
    }

    @Test
    void junitHasOneTestcasePerFileFailedByItsErrors() {
        assertEquals("""
                <?xml version="1.0" encoding="UTF-8"?>
                <testsuites name="folio check" tests="3" failures="1" errors="0">
                  <testsuite name="folio check" tests="3" failures="1" errors="0" skipped="0">
                    <testcase name="a.html" classname="folio.check">
                      <failure message="2 errors in a.html" type="broken-fragment broken-link">error: a.html:3:1: \
                href &quot;x.html&quot;: file not found: x.html [broken-link]
                error: a.html:4:2: href &quot;#q\uFFFD&quot;: no element with id &quot;q&quot; in a.html [broken-fragment]
                </failure>
                      <system-out>warning: a.html:1:1: the page has no &lt;meta name=&quot;description&quot;&gt; \
                [missing-description]
                </system-out>
                    </testcase>
                    <testcase name="b &amp; c.html" classname="folio.check"/>
                    <testcase name="css/site.css" classname="folio.check"/>
                  </testsuite>
                </testsuites>
                """, JunitReport.write(REPORT));
    }

    @Test
    void junitIsValidAgainstTheCommonSchema() throws Exception {
        Validator validator = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(Path.of("src/test/resources/check/junit.xsd").toFile()).newValidator();
        validator.validate(new StreamSource(new StringReader(JunitReport.write(REPORT))));
        CheckReport fixture = new LinkChecker(FixtureSiteTest.ADDRESS, CheckConfig.defaults())
                .check(FixtureSiteTest.SITE);
        validator.validate(new StreamSource(new StringReader(JunitReport.write(fixture))));
        CheckReport clean = new CheckReport(List.of("index.html"), 1, 0, 0, List.of(), List.of());
        validator.validate(new StreamSource(new StringReader(JunitReport.write(clean))));
        // the schema is strict enough to refuse what a CI server would not read
        assertThrows(SAXException.class, () -> validator.validate(new StreamSource(new StringReader(
                "<testsuites><testsuite name=\"x\" tests=\"1\"><testcase name=\"a\" classname=\"b\">"
                        + "<failure/><failure/></testcase></testsuite></testsuites>"))));
    }

    @Test
    void reportCountsAndOrder() throws IOException {
        assertEquals(List.of(1, 3, 4), REPORT.problems().stream().map(CheckProblem::line).toList());
        assertEquals(2, REPORT.errors().size());
        assertEquals(1, REPORT.warnings().size());
        CheckReport more = REPORT.withExternal(4, List.of(new CheckProblem("a.html", 2, 1, Kind.EXTERNAL_BLOCKED,
                Severity.WARN, "href", "https://www.linkedin.com/in/x", "blocked")));
        assertEquals(4, more.externalChecked());
        assertEquals(List.of(1, 2, 3, 4), more.problems().stream().map(CheckProblem::line).toList());
        assertThrows(UnsupportedOperationException.class, () -> more.problems().clear());
    }
}
