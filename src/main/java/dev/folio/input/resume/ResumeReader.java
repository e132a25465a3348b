package dev.folio.input.resume;

import dev.folio.input.resume.pdf.PdfText;
import dev.folio.problem.InvalidInputException;
import dev.folio.problem.Problem;
import dev.folio.profile.Basics;
import dev.folio.profile.Location;
import dev.folio.profile.Profile;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Reads a résumé (plain text, Markdown or PDF) into a profile for review. Never throws for any
 * text; a PDF that holds no readable text is refused with a located problem.
 */
public final class ResumeReader {

    /** Larger files are refused unread. */
    public static final int MAX_BYTES = 8 * 1024 * 1024;
    /** The name written when the résumé gives none. */
    public static final String NO_NAME = "Your Name";

    private ResumeReader() {}

    /**
     * @param file   the file as shown to the user, for problems
     * @param format TEXT, MARKDOWN or PDF (AUTO is detected here; JSONRESUME is not read here)
     * @throws InvalidInputException when a PDF is encrypted, holds only images or is broken
     */
    public static ParsedResume read(String file, byte[] bytes, ResumeFormat format) {
        ResumeFormat f = format == ResumeFormat.AUTO ? ResumeFormat.detect(file, bytes) : format;
        if (f == ResumeFormat.JSONRESUME) {
            throw new IllegalArgumentException("JSON Resume files are read by the JSON Resume importer");
        }
        if (bytes.length > MAX_BYTES) {
            throw new InvalidInputException(List.of(Problem.at(file, "is " + bytes.length + " bytes, more than the "
                    + "limit of " + MAX_BYTES + "; a résumé this large is almost certainly not one")));
        }
        String text = f == ResumeFormat.PDF ? PdfText.extract(file, bytes) : decode(bytes);
        return readText(text);
    }

    /** The pipeline over text; any failure inside gives an empty profile that says so, never an exception. */
    public static ParsedResume readText(String text) {
        try {
            return ResumeParser.parse(text.replace("\r\n", "\n").replace('\r', '\n').replace('\f', '\n'));
        } catch (RuntimeException | StackOverflowError e) {
            Profile empty = new Profile(new Basics("", "", "", "", "", "", "", "", Location.NONE, List.of()), List.of(),
                    List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
            return new ParsedResume(empty, new Reviews(), new ResumeReport(List.of(), List.of(
                    "everything: folio could not read this résumé (" + e.getClass().getSimpleName()
                            + "); this is a bug in folio, please report it"), List.of()), false);
        }
    }

    /** The same résumé with {@code name} as the person's name (or the placeholder when it has none). */
    public static ParsedResume withName(ParsedResume r, String name) {
        Basics b = r.profile().basics();
        String n = name == null || name.isBlank() ? NO_NAME : name.strip();
        if (name == null || name.isBlank()) {
            r.reviews().add("basics.name", "no name was found in the résumé; write yours here");
        }
        Basics named = new Basics(n, b.label(), b.headline(), b.email(), b.phone(), b.url(), b.summary(), b.image(),
                b.location(), b.profiles());
        Profile p = r.profile();
        return new ParsedResume(new Profile(named, p.work(), p.education(), p.skills(), p.projects(), p.awards(),
                p.languages(), p.metrics(), p.stories(), p.principles(), p.sections()), r.reviews(), r.report(),
                r.nameFound());
    }

    /**
     * Metrics and stories read from the highlights of a profile that has none, e.g. one imported from
     * JSON Resume without folio's own keys; a profile that has some is returned as it is.
     */
    public static ParsedResume withHighlights(Profile profile) {
        Reviews reviews = new Reviews();
        Profile p = profile.metrics().isEmpty() && profile.stories().isEmpty()
                ? Highlights.withMetricsAndStories(profile, reviews) : profile;
        return new ParsedResume(p, reviews, new ResumeReport(List.of(), List.of(), List.of()),
                !p.basics().name().isEmpty());
    }

    /** UTF-8 (with or without a byte-order mark), UTF-16 with a mark, else Windows-1252. */
    static String decode(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        int skip = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, skip, bytes.length - skip, Charset.forName("windows-1252"));
        }
    }
}
