package dev.folio.input.resume;

/** The test PDFs, for tests in other packages. */
public final class ResumePdfsForCli {

    private ResumePdfsForCli() {}

    public static byte[] draw(String text) {
        return TestPdfs.draw(text);
    }

    public static byte[] encrypted(String text) {
        return TestPdfs.draw(text, "secret");
    }

    public static byte[] inflating(long bytes, boolean inForm) {
        return TestPdfs.inflating(bytes, inForm);
    }

    public static byte[] imageOnly() {
        return TestPdfs.imageOnly();
    }
}
