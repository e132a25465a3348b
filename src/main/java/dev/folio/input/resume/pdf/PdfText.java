package dev.folio.input.resume.pdf;

import dev.folio.problem.InvalidInputException;
import dev.folio.problem.Problem;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDType3CharProc;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * The text of a PDF résumé, read with PDFBox page by page and laid out by {@link PageLayout} so that
 * two-column pages come out one column at a time. Encrypted, image-only and broken files are
 * refused with a problem that says what to do.
 */
public final class PdfText {

    /** Pages past this many are not read. */
    static final int MAX_PAGES = 30;
    /** Glyphs past this many on one page are not read. */
    static final int MAX_GLYPHS = 200_000;
    /**
     * Decoded page content (contents, forms, Type 3 glyphs, each time it is drawn) past this many bytes
     * is refused: a long résumé's pages come to a few megabytes at most.
     */
    static final long MAX_CONTENT_BYTES = 64L * 1024 * 1024;

    private static final String AGAIN = "export the résumé to PDF again, or save it as plain text and import that";

    private PdfText() {}

    /** @throws InvalidInputException when the PDF cannot give its text */
    public static String extract(String file, byte[] bytes) {
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw refuse(file, "is protected against copying its text; save an unprotected copy "
                        + "(or export the résumé as text) and import that");
            }
            Collector collector = new Collector(new ContentBudget(MAX_CONTENT_BYTES));
            collector.setEndPage(MAX_PAGES);
            collector.getText(doc);
            String text = String.join("\n", collector.lines);
            if (text.chars().filter(c -> !Character.isWhitespace(c)).count() < 20) {
                throw refuse(file, hasImages(doc)
                        ? "holds pictures of text and no text (a scanned page?); export the résumé as text or PDF "
                        + "from the program that made it, or run it through OCR first"
                        : "holds no text; export the résumé again from the program that made it");
            }
            return text;
        } catch (InvalidPasswordException e) {
            throw refuse(file, "is encrypted with a password; save a copy without the password and import that");
        } catch (IOException e) {
            throw refuse(file, "is not a readable PDF (" + firstLine(e.getMessage())
                    + "); check the file, or export the résumé again");
        } catch (ContentBudget.ContentTooLarge e) {
            throw refuse(file, "inflates to more than " + e.limit / (1024 * 1024) + " MB of page content, which no "
                    + "résumé needs; this looks like a damaged or hostile file: " + AGAIN);
        } catch (OutOfMemoryError e) {
            // the budget above is the defence; this only keeps a file it misses from ending in a stack trace
            throw refuse(file, "needs more memory to read than folio has (" + Runtime.getRuntime().maxMemory()
                    / (1024 * 1024) + " MB); this looks like a damaged or hostile file: " + AGAIN);
        } catch (RuntimeException e) {
            if (e instanceof InvalidInputException i) {
                throw i;
            }
            throw refuse(file, "is not a readable PDF (" + e.getClass().getSimpleName()
                    + "); check the file, or export the résumé again");
        }
    }

    private static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "no detail";
        }
        String m = message.strip();
        int nl = m.indexOf('\n');
        m = nl < 0 ? m : m.substring(0, nl);
        return m.length() > 120 ? m.substring(0, 117) + "..." : m;
    }

    private static InvalidInputException refuse(String file, String message) {
        return new InvalidInputException(List.of(Problem.at(file, message)));
    }

    private static boolean hasImages(PDDocument doc) {
        int pages = 0;
        for (PDPage page : doc.getPages()) {
            if (++pages > MAX_PAGES) {
                break;
            }
            PDResources resources = page.getResources();
            if (resources == null) {
                continue;
            }
            for (COSName name : resources.getXObjectNames()) {
                try {
                    if (resources.isImageXObject(name) || resources.getXObject(name) instanceof PDImageXObject) {
                        return true;
                    }
                } catch (IOException e) {
                    return false;
                }
            }
        }
        return false;
    }

    /** Collects each page's glyphs and lays them out at the end of the page. */
    private static final class Collector extends PDFTextStripper {

        final List<String> lines = new ArrayList<>();
        private final List<Glyph> glyphs = new ArrayList<>();
        private final ContentBudget budget;
        private float width;

        Collector(ContentBudget budget) throws IOException {
            super();
            this.budget = budget;
            setSortByPosition(false);
        }

        @Override
        public void processPage(PDPage page) throws IOException {
            for (var streams = page.getContentStreams(); streams.hasNext(); ) {
                budget.charge(streams.next().getCOSObject());
            }
            super.processPage(page);
        }

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            budget.charge(form.getCOSObject());
            super.showForm(form);
        }

        @Override
        protected void processTransparencyGroup(PDTransparencyGroup group) throws IOException {
            budget.charge(group.getCOSObject());
            super.processTransparencyGroup(group);
        }

        @Override
        protected void processType3Stream(PDType3CharProc charProc, Matrix matrix) throws IOException {
            budget.charge(charProc.getCOSObject());
            super.processType3Stream(charProc, matrix);
        }

        @Override
        protected void processAnnotation(PDAnnotation annotation, PDAppearanceStream appearance) throws IOException {
            budget.charge(appearance.getCOSObject());
            super.processAnnotation(annotation, appearance);
        }

        @Override
        public String getText(PDDocument doc) throws IOException {
            super.writeText(doc, new StringWriter());
            return "";
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            glyphs.clear();
            width = page.getCropBox() != null ? page.getCropBox().getWidth() : page.getMediaBox().getWidth();
        }

        @Override
        protected void processTextPosition(TextPosition t) {
            if (glyphs.size() < MAX_GLYPHS && t.getUnicode() != null) {
                glyphs.add(new Glyph(t.getXDirAdj(), t.getYDirAdj(), t.getWidthDirAdj(),
                        Math.max(shownSize(t), t.getHeightDir()), t.getUnicode()));
            }
        }

        /**
         * The size the glyph shows at on the page: the font size through the text matrix and the page's
         * scaling (the text rendering matrix's vertical scale), not {@link TextPosition#getFontSizeInPt()},
         * which leaves the scaling out and reads {@code 0.24 0 0 0.24 0 0 cm 50 0 0 50 x y Tm 1 Tf} as 50 pt.
         */
        private static float shownSize(TextPosition t) {
            Matrix m = t.getTextMatrix();
            return (float) Math.hypot(m.getShearX(), m.getScaleY());
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            if (!lines.isEmpty()) {
                lines.add("");
            }
            lines.addAll(PageLayout.lines(glyphs, width));
        }
    }
}
