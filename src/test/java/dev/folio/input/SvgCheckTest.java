package dev.folio.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.problem.Problem;
import dev.folio.problem.Problems;
import dev.folio.theme.Themes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * An SVG picture folio publishes is refused, every finding located, when opening it could run
 * script on the site or make it fetch other files; a plain drawing passes.
 */
final class SvgCheckTest {

    private static final String FILE = "content/images/avatar.svg";
    private static final String OPEN = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\">\n";
    private static final String TAIL = "; remove it, or export the picture again as a plain SVG";
    private static final String ELSEWHERE = " refers to another file; a picture may only refer to #ids inside it and to "
            + "embedded data:image/png, jpeg, gif or webp pictures; embed the file or remove the reference";

    private static List<String> problems(String svg) {
        return problems(svg.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> problems(byte[] svg) {
        Problems problems = new Problems();
        SvgCheck.check(FILE, svg, problems);
        return problems.sorted().stream().map(Problem::format).toList();
    }

    @Test
    void everyFindingIsCollectedWithItsPlace() {
        assertEquals(List.of(
                FILE + ":1:84: onload=\"alert(1)\" would run on your site when the picture is opened; remove the "
                        + "attribute, or export the picture again as a plain SVG",
                FILE + ":2:10: xlink:href=\"https://tracker.example/p.png\"" + ELSEWHERE,
                FILE + ":3:3: <script> would run on your site when the picture is opened" + TAIL),
                problems("""
                        <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" onload="alert(1)">
                          <image xlink:href="https://tracker.example/p.png" width="1" height="1"/>
                          <script>alert(document.domain)</script>
                        </svg>
                        """));
    }

    @Test
    void scriptInAnotherNamespaceOrCaseIsStillScript() {
        assertEquals(List.of(
                FILE + ":2:3: <html:script> would run on your site when the picture is opened" + TAIL,
                FILE + ":3:3: <SCRIPT> would run on your site when the picture is opened" + TAIL),
                problems(OPEN + """
                          <html:script xmlns:html="http://www.w3.org/1999/xhtml">alert(1)</html:script>
                          <SCRIPT><![CDATA[alert(1)]]></SCRIPT>
                        </svg>
                        """));
    }

    @Test
    void javascriptAddressesAreFoundHoweverTheyAreWritten() {
        assertEquals(List.of(
                FILE + ":2:6: href=\"javascript:alert(1)\" would run on your site when the picture is opened" + TAIL,
                FILE + ":3:6: href=\"java script:alert(1)\" would run on your site when the picture is opened" + TAIL,
                FILE + ":4:11: to=\"JavaScript:alert(1)\" would run on your site when the picture is opened" + TAIL),
                problems(OPEN + """
                          <a href="&#106;avascript:alert(1)"><text>a</text></a>
                          <a href="java&#9;script:alert(1)"><text>b</text></a>
                          <a><set to="JavaScript:alert(1)" begin="0s"/><text>c</text></a>
                        </svg>
                        """));
    }

    @Test
    void eventAttributesOfAnyCaseAreRefused() {
        assertEquals(List.of(
                FILE + ":2:11: onClick=\"steal()\" would run on your site when the picture is opened; remove the "
                        + "attribute, or export the picture again as a plain SVG",
                FILE + ":3:11: onmouseover=\"steal()\" would run on your site when the picture is opened; remove the "
                        + "attribute, or export the picture again as a plain SVG"),
                problems(OPEN + """
                          <circle onClick="steal()" r="1"/>
                          <circle onmouseover="steal()" r="1"/>
                        </svg>
                        """));
    }

    @Test
    void embeddedPagesAndFramesAreRefused() {
        assertEquals(List.of(
                FILE + ":2:3: <foreignObject> can hold a web page, with script, inside the picture" + TAIL,
                FILE + ":3:3: <iframe> loads another page into the picture" + TAIL,
                FILE + ":4:3: <embed> loads another page into the picture" + TAIL,
                FILE + ":5:3: <object> loads another page into the picture" + TAIL),
                problems(OPEN + """
                          <foreignObject width="10" height="10"><p xmlns="http://www.w3.org/1999/xhtml">hi</p></foreignObject>
                          <iframe/>
                          <embed/>
                          <object/>
                        </svg>
                        """));
    }

    @Test
    void animationsThatRewriteLinksOrHandlersAreRefused() {
        assertEquals(List.of(
                FILE + ":2:6: <set attributeName=\"href\"> changes href while the picture plays, which can make it run "
                        + "script" + TAIL,
                FILE + ":3:6: <animate attributeName=\"xlink:href\"> changes xlink:href while the picture plays, which "
                        + "can make it run script" + TAIL,
                FILE + ":4:11: <set attributeName=\"onclick\"> changes onclick while the picture plays, which can make "
                        + "it run script" + TAIL),
                problems(OPEN + """
                          <a><set attributeName="href" to="#b"/><text>a</text></a>
                          <a><animate attributeName="xlink:href" values="#a;#b" dur="1s"/><text>b</text></a>
                          <circle><set attributeName="onclick" to="x"/></circle>
                        </svg>
                        """));
    }

    @Test
    void stylesThatLoadOtherFilesAreRefused() {
        assertEquals(List.of(
                FILE + ":1:1: <?xml-stylesheet?> loads a stylesheet into the picture" + TAIL,
                FILE + ":3:3: @import in <style> loads another stylesheet into the picture" + TAIL,
                FILE + ":3:3: url(https://fonts.example/f.woff2) in <style>" + ELSEWHERE,
                FILE + ":4:11: fill=\"url(https://evil.example/p.svg#g)\"" + ELSEWHERE,
                FILE + ":5:11: style=\"background: url('//evil.example/x.png')\"" + ELSEWHERE),
                problems("<?xml-stylesheet type=\"text/css\" href=\"https://evil.example/a.css\"?>\n" + OPEN + """
                          <style>@import "https://evil.example/b.css"; @font-face { src: url(https://fonts.example/f.woff2) }</style>
                          <circle fill="url(https://evil.example/p.svg#g)" r="1"/>
                          <circle style="background: url('//evil.example/x.png')" r="1"/>
                        </svg>
                        """));
    }

    @Test
    void referencesToOtherFilesAreRefusedButEmbeddedPicturesPass() {
        assertEquals(List.of(
                FILE + ":2:10: href=\"photo.jpg\"" + ELSEWHERE,
                FILE + ":3:10: href=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\"" + ELSEWHERE,
                FILE + ":4:6: href=\"https://example.com/\"" + ELSEWHERE),
                problems(OPEN + """
                          <image href="photo.jpg" width="1" height="1"/>
                          <image href="data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=" width="1" height="1"/>
                          <a href="https://example.com/"><text>me</text></a>
                          <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
                          <image href="data:image/jpeg;base64,/9j/4AAQ" width="1" height="1"/>
                        </svg>
                        """));
    }

    @Test
    void aDoctypeIsRefusedBeforeAnyEntityIsExpanded() {
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE svg [\n<!ENTITY lol \"lol\">\n");
        for (int i = 1; i < 10; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10))
                    .append("\">\n");
        }
        laughs.append("]>\n<svg xmlns=\"http://www.w3.org/2000/svg\"><text>&lol9;</text></svg>\n");
        List<String> found = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> problems(laughs.toString()));
        assertEquals(List.of(FILE + ":2:1: <!DOCTYPE> is not allowed in a picture: it can define entities that hide "
                + "script, or read other files" + TAIL), found);
    }

    @Test
    void aPictureThatIsNotXmlIsLocated() {
        assertEquals(List.of(FILE + ":2:6: is not well-formed XML: The element type \"g\" must be terminated by the "
                + "matching end-tag \"</g>\"; export the picture again as SVG"),
                problems("<svg xmlns=\"http://www.w3.org/2000/svg\">\n<g></svg>\n"));
    }

    @Test
    void aPlainDrawingPasses() {
        assertEquals(List.of(), problems("""
                <?xml version="1.0" encoding="UTF-8" standalone="no"?>
                <!-- Created with Inkscape (http://www.inkscape.org/) -->
                <svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"
                     xmlns:inkscape="http://www.inkscape.org/namespaces/inkscape"
                     xmlns:sodipodi="http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd"
                     width="64" height="64" viewBox="0 0 64 64" inkscape:version="1.3" sodipodi:docname="avatar.svg">
                  <title>Sam</title>
                  <defs>
                    <linearGradient id="g"><stop offset="0" stop-color="#1d4ed8"/><stop offset="1" stop-color="#fff"/></linearGradient>
                    <style>.face { fill: url(#g); opacity: .9 } .open { stroke: url( "#g" ) }</style>
                  </defs>
                  <circle class="face" cx="32" cy="32" r="30" fill="url(#g)" style="stroke: url('#g')"/>
                  <use xlink:href="#g" href=""/>
                  <a href="#top"><text>top</text></a>
                  <image href="data:image/webp;base64,UklGRg==" width="1" height="1"/>
                  <animate attributeName="opacity" values="0;1" dur="2s"/>
                </svg>
                """));
    }

    @Test
    void aByteOrderMarkAndWindowsLineEndsKeepThePlaces() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] text = (OPEN + "  <circle r=\"1\"/>\r\n\t<script>x</script>\r\n</svg>\r\n").replace("\n", "\r\n")
                .replace("\r\r\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] svg = new byte[bom.length + text.length];
        System.arraycopy(bom, 0, svg, 0, bom.length);
        System.arraycopy(text, 0, svg, bom.length, text.length);
        assertEquals(List.of(FILE + ":3:2: <script> would run on your site when the picture is opened" + TAIL),
                problems(svg));
    }

    @Test
    void onlySvgFilesAreChecked() {
        assertTrue(SvgCheck.isSvg("images/me.svg"));
        assertTrue(SvgCheck.isSvg("images/ME.SVG"));
        assertTrue(!SvgCheck.isSvg("images/me.png"));
    }

    @Test
    void theBuiltInThemesPicturesPass() throws IOException {
        Path root = Themes.builtInRoot();
        List<Path> svgs;
        try (Stream<Path> walk = Files.walk(root)) {
            svgs = walk.filter(p -> SvgCheck.isSvg(p.toString())).toList();
        }
        assertTrue(!svgs.isEmpty(), "the built-in themes have pictures");
        for (Path svg : svgs) {
            Problems problems = new Problems();
            SvgCheck.check(root.relativize(svg).toString(), Files.readAllBytes(svg), problems);
            assertEquals(List.of(), problems.sorted(), svg.toString());
        }
    }
}
