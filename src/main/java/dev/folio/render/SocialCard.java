package dev.folio.render;

import dev.folio.profile.Basics;
import dev.folio.profile.Profile;
import dev.folio.theme.Colors;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * The 1200×630 preview image link cards show: the name, the headline and the first two metrics,
 * in the theme's accent colour. Drawn with the fonts folio ships, so it looks the same everywhere.
 */
final class SocialCard {

    static final String PATH = "assets/social.png";
    static final int WIDTH = 1200;
    static final int HEIGHT = 630;

    private static volatile Font regular;
    private static volatile Font bold;

    private SocialCard() {}

    /** Everything the image shows: the same card gives the same image. */
    record Card(String label, String name, String line, List<Figure> figures, String accent, String host) {
    }

    /** A metric as the image shows it: its label and its figure ("p99 latency", "420 → 95 ms"). */
    record Figure(String label, String display) {
    }

    /** What the image of {@code profile} shows: its first two metrics, the site's accent colour and host. */
    static Card card(Profile profile, String accent, String host) {
        Basics b = profile.basics();
        List<Figure> figures = profile.metrics().stream().limit(2).map(m -> new Figure(m.label(), m.display())).toList();
        return new Card(b.label(), b.name(), b.headline().isEmpty() ? b.summary() : b.headline(), figures, accent, host);
    }

    static byte[] draw(Card card) {
        System.setProperty("java.awt.headless", "true");
        loadFonts();
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            Color accentColor = new Color(Colors.rgb(card.accent()));
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(accentColor);
            g.fillRect(0, 0, 24, HEIGHT);

            int x = 88;
            g.setColor(new Color(0x4b5262));
            g.setFont(bold.deriveFont(26f));
            g.drawString(fit(g, card.label().toUpperCase(java.util.Locale.ROOT), WIDTH - 2 * x), x, 110);
            g.setColor(new Color(0x16181d));
            g.setFont(bold.deriveFont(72f));
            g.drawString(fit(g, card.name(), WIDTH - 2 * x), x, 195);
            g.setFont(regular.deriveFont(36f));
            int y = 260;
            for (String line : wrap(g, card.line(), WIDTH - 2 * x, 2)) {
                g.drawString(line, x, y);
                y += 48;
            }
            int boxX = x;
            for (Figure m : card.figures()) {
                int w = 480;
                g.setColor(new Color(0xf6f7f9));
                g.fillRoundRect(boxX, 380, w, 150, 24, 24);
                g.setColor(new Color(0xdde1e8));
                g.drawRoundRect(boxX, 380, w, 150, 24, 24);
                g.setColor(new Color(0x4b5262));
                g.setFont(bold.deriveFont(22f));
                g.drawString(fit(g, m.label().toUpperCase(java.util.Locale.ROOT), w - 56), boxX + 28, 425);
                g.setColor(accentColor);
                g.setFont(bold.deriveFont(54f));
                g.drawString(fit(g, m.display(), w - 56), boxX + 28, 495);
                boxX += w + 40;
            }
            g.setColor(new Color(0x4b5262));
            g.setFont(regular.deriveFont(24f));
            g.drawString(fit(g, card.host(), WIDTH - 2 * x), x, 585);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Loads the fonts, the 2D pipeline and the PNG writer by drawing and encoding a tiny image, so
     * that {@link #draw} finds them ready; the image is thrown away.
     */
    static void warmUp() {
        System.setProperty("java.awt.headless", "true");
        loadFonts();
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.fillRect(0, 0, 16, 16);
            for (Font font : new Font[] {regular, bold}) {
                g.setFont(font.deriveFont(12f));
                g.drawString("Ag…", 1, 12);
                g.getFontMetrics().stringWidth("Ag");
            }
        } finally {
            g.dispose();
        }
        try {
            ImageIO.write(image, "png", new ByteArrayOutputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void loadFonts() {
        if (bold == null) {
            synchronized (SocialCard.class) {
                if (bold == null) {
                    regular = font("/fonts/DejaVuSans.ttf");
                    bold = font("/fonts/DejaVuSans-Bold.ttf");
                }
            }
        }
    }

    private static Font font(String resource) {
        try (InputStream in = SocialCard.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("folio is missing its font " + resource);
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException | FontFormatException e) {
            throw new IllegalStateException("cannot load font " + resource + ": " + e.getMessage(), e);
        }
    }

    /**
     * The image's widest line shows far fewer characters than this; past it, text is not measured
     * but cut, so a megabyte of text costs no more than a line of it.
     */
    static final int MEASURED = 1000;

    /** The text, shortened with an ellipsis to fit {@code width}. */
    static String fit(Graphics2D g, String text, int width) {
        FontMetrics fm = g.getFontMetrics();
        String shown = prefix(text, MEASURED);
        if (shown.length() == text.length() && fm.stringWidth(shown) <= width) {
            return text;
        }
        // the longest start that fits with the ellipsis, found from the start: the work is what shows
        int end = 0;
        while (end < shown.length()) {
            int next = shown.offsetByCodePoints(end, 1);
            if (fm.stringWidth(shown.substring(0, next) + "…") > width) {
                break;
            }
            end = next;
        }
        return shown.substring(0, end).stripTrailing() + "…";
    }

    /**
     * Up to {@code maxLines} lines of words within {@code width}, each shortened with an ellipsis
     * when it is one word too wide; the last one ellipsised when words are left over. Reads the
     * words one by one and stops once the lines are full.
     */
    static List<String> wrap(Graphics2D g, String text, int width, int maxLines) {
        List<String> lines = new ArrayList<>();
        FontMetrics fm = g.getFontMetrics();
        Words words = new Words(text);
        String line = "";
        while (words.hasNext()) {
            String word = words.next();
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (line.isEmpty() || fm.stringWidth(candidate) <= width) {
                line = candidate;
                continue;
            }
            if (lines.size() == maxLines - 1) {
                StringBuilder rest = new StringBuilder(candidate);
                while (rest.length() <= MEASURED && words.hasNext()) {
                    rest.append(' ').append(words.next());
                }
                lines.add(fit(g, rest.toString(), width));
                return lines;
            }
            lines.add(fit(g, line, width));
            line = word;
        }
        if (!line.isEmpty()) {
            lines.add(fit(g, line, width));
        }
        return lines;
    }

    /** The first {@code max} characters of {@code text}, or fewer so as not to split a surrogate pair. */
    private static String prefix(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max);
    }

    /**
     * The words of a text, split where {@code \s+} splits it; a word longer than {@link #MEASURED}
     * is given cut just past that length, so that {@link #fit} shortens it with an ellipsis.
     */
    private static final class Words {

        private final String text;
        private int at;

        Words(String text) {
            this.text = text;
            skipSpace();
        }

        boolean hasNext() {
            return at < text.length();
        }

        String next() {
            int start = at;
            while (at < text.length() && !space(text.charAt(at))) {
                at++;
            }
            String word = text.substring(start, Math.min(at, start + MEASURED + 1));
            skipSpace();
            return word;
        }

        private void skipSpace() {
            while (at < text.length() && space(text.charAt(at))) {
                at++;
            }
        }

        private static boolean space(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\013' || c == '\f' || c == '\r';
        }
    }
}
