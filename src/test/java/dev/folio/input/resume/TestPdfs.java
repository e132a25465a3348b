package dev.folio.input.resume;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;

/**
 * Draws PDFs for tests from a small description: plain lines flow down one column; {@code L:} and
 * {@code R:} lines go down a left sidebar and a right main column; {@code F:} lines go across the
 * foot; a tab followed by {@code >} sets the rest of the line flush right.
 */
final class TestPdfs {

    private static final float SIZE = 10f;
    private static final float LEADING = 13f;
    private static final PDRectangle PAGE = PDRectangle.LETTER;

    private TestPdfs() {}

    static byte[] draw(String spec) {
        return draw(spec, null);
    }

    /** With {@code password}, the PDF is encrypted and opens only with it. */
    static byte[] draw(String spec, String password) {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            List<String> single = new ArrayList<>();
            List<String> left = new ArrayList<>();
            List<String> right = new ArrayList<>();
            List<String> foot = new ArrayList<>();
            for (String line : spec.split("\n", -1)) {
                if (line.startsWith("L:")) {
                    left.add(line.substring(2));
                } else if (line.startsWith("R:")) {
                    right.add(line.substring(2));
                } else if (line.startsWith("F:")) {
                    foot.add(line.substring(2));
                } else {
                    single.add(line);
                }
            }
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float top = PAGE.getHeight() - 50;
                if (!left.isEmpty() || !right.isEmpty()) {
                    column(cs, font, left, 40, 190, top);
                    column(cs, font, right, 230, 570, top);
                } else {
                    column(cs, font, single, 50, 560, top);
                }
                float y = 30;
                for (String f : foot) {
                    text(cs, font, f, (PAGE.getWidth() - width(font, f)) / 2, y);
                    y -= LEADING;
                }
            }
            if (password != null) {
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + password, password,
                        new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page with no text at all, only a drawn picture. */
    static byte[] imageOnly() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(40, 20,
                    java.awt.image.BufferedImage.TYPE_INT_RGB);
            var image = org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.drawImage(image, 50, 500, 400, 200);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Lines drawn the way Word for Mac and Quartz write them: the page scaled down by {@code scale}
     * ({@code 0.24 0 0 0.24 0 0 cm}), the font set at 1 pt and each line's size in its text matrix
     * ({@code 50 0 0 50 x y Tm}), so that the text shows at {@code size} points, {@code leading} apart.
     * A line starting {@code "# "} is a heading twice the size; a tab followed by {@code >} sets the rest
     * of the line flush right.
     */
    static byte[] drawScaled(String spec, float scale, float size, float leading) {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.saveGraphicsState();
                cs.transform(new Matrix(scale, 0, 0, scale, 0, 0));
                float y = PAGE.getHeight() - 60;
                for (String line : spec.split("\n")) {
                    boolean heading = line.startsWith("# ");
                    float points = heading ? size * 2 : size;
                    String text = heading ? line.substring(2) : line;
                    int flush = text.indexOf("\t>");
                    String left = flush < 0 ? text : text.substring(0, flush);
                    scaledText(cs, font, left, 50, y, points, scale);
                    if (flush >= 0) {
                        String right = text.substring(flush + 2);
                        scaledText(cs, font, right, 560 - font.getStringWidth(right) / 1000 * points, y, points, scale);
                    }
                    y -= heading ? points * 1.2f : leading;
                }
                cs.restoreGraphicsState();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code BT /F1 1 Tf s 0 0 s x y Tm (text) Tj ET} in the page's scaled space, for text at (x, y) in points. */
    private static void scaledText(PDPageContentStream cs, PDType1Font font, String text, float x, float y,
            float points, float scale) throws IOException {
        cs.beginText();
        cs.setFont(font, 1);
        cs.setTextMatrix(new Matrix(points / scale, 0, 0, points / scale, x / scale, y / scale));
        cs.showText(text);
        cs.endText();
    }

    /**
     * A page whose drawing instructions inflate to {@code bytes} of {@code "0 0 m"} (a move that draws
     * nothing) from a small compressed stream, the page's own contents or, with {@code inForm}, a form
     * the page draws. Written compressed as it goes, so making it needs no more memory than its output.
     */
    static byte[] inflating(long bytes, boolean inForm) {
        return drawsForm(bytes, inForm ? 1 : 0);
    }

    /** A page that draws one form, whose instructions inflate to {@code formBytes}, {@code times} times. */
    static byte[] drawsForm(long formBytes, int times) {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PAGE);
            doc.addPage(page);
            COSStream content = doc.getDocument().createCOSStream();
            content.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            byte[] chunk = "0 0 m\n".repeat(64 * 1024).getBytes(StandardCharsets.US_ASCII);
            try (OutputStream out = new DeflaterOutputStream(content.createRawOutputStream(),
                    new Deflater(Deflater.BEST_SPEED), 64 * 1024)) {
                for (long n = 0; n < formBytes; n += chunk.length) {
                    out.write(chunk, 0, (int) Math.min(chunk.length, formBytes - n));
                }
            }
            if (times == 0) {
                page.setContents(new PDStream(content));
            } else {
                PDFormXObject form = new PDFormXObject(content);
                form.setBBox(new PDRectangle(100, 100));
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (int i = 0; i < times; i++) {
                        cs.drawForm(form);
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void column(PDPageContentStream cs, PDType1Font font, List<String> lines, float x, float right,
            float top) throws IOException {
        float y = top;
        for (String line : lines) {
            int flush = line.indexOf("\t>");
            if (flush >= 0) {
                text(cs, font, line.substring(0, flush), x, y);
                String r = line.substring(flush + 2);
                text(cs, font, r, right - width(font, r), y);
            } else {
                text(cs, font, line, x, y);
            }
            y -= LEADING;
        }
    }

    private static float width(PDType1Font font, String s) throws IOException {
        return font.getStringWidth(s) / 1000 * SIZE;
    }

    private static void text(PDPageContentStream cs, PDType1Font font, String s, float x, float y) throws IOException {
        if (s.isEmpty()) {
            return;
        }
        cs.beginText();
        cs.setFont(font, SIZE);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }
}
