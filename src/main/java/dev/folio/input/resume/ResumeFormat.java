package dev.folio.input.resume;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/** The kinds of file {@code folio import} reads, and how {@code auto} tells them apart. */
public enum ResumeFormat {
    AUTO, TEXT, MARKDOWN, PDF, JSONRESUME;

    /** The option's spelling: auto, text, markdown, pdf, jsonresume. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ResumeFormat> of(String key) {
        for (ResumeFormat f : values()) {
            if (f.key().equals(key.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** By content first (a PDF header, a JSON object with résumé keys), then by the file name. */
    public static ResumeFormat detect(String fileName, byte[] bytes) {
        int n = Math.min(bytes.length, 1024);
        String head = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        if (head.stripLeading().startsWith("%PDF-") || head.contains("%PDF-") && head.indexOf("%PDF-") < 16) {
            return PDF;
        }
        String name = fileName.toLowerCase(Locale.ROOT);
        String start = head.strip();
        if (start.startsWith("\uFEFF") || start.startsWith("ï»¿")) {
            start = start.substring(start.startsWith("ï»¿") ? 3 : 1).strip();
        }
        if (start.startsWith("{") && (name.endsWith(".json") || head.contains("\"basics\"") || head.contains("\"work\"")
                || head.contains("\"$schema\"") || head.contains("\"name\""))) {
            return JSONRESUME;
        }
        if (name.endsWith(".pdf")) {
            return PDF;
        }
        if (name.endsWith(".json")) {
            return JSONRESUME;
        }
        if (name.endsWith(".md") || name.endsWith(".markdown")) {
            return MARKDOWN;
        }
        String text = new String(bytes, 0, Math.min(bytes.length, 8192), StandardCharsets.UTF_8);
        if (text.contains("\n## ") || text.startsWith("# ") || text.contains("\n# ") || text.contains("](http")) {
            return MARKDOWN;
        }
        return TEXT;
    }
}
