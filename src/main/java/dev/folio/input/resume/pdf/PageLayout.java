package dev.folio.input.resume.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays out one page's glyphs as text lines, reading a two-column page one column at a time.
 * Glyphs → lines (by baseline) → chunks (cut at wide gaps). A gutter is an x position in the middle
 * of the page that few chunks cross while both sides hold a fair share of text and the right side's
 * chunks start at one x (a column), not end at one (right-aligned dates). Lines that cross the
 * gutter (a name across the page) are read in place; between them, left lines then right lines.
 */
final class PageLayout {

    private PageLayout() {}

    static List<String> lines(List<Glyph> glyphs, float pageWidth) {
        List<List<Chunk>> rows = rows(glyphs);
        float gutter = gutter(rows, pageWidth);
        List<String> out = new ArrayList<>();
        if (gutter < 0) {
            for (List<Chunk> row : rows) {
                out.add(join(row));
            }
            return out;
        }
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        float lastLeft = Float.NaN;
        float lastRight = Float.NaN;
        for (List<Chunk> row : rows) {
            boolean crosses = row.stream().anyMatch(c -> c.x0() < gutter && c.x1() > gutter);
            if (crosses) {
                out.addAll(left);
                out.addAll(right);
                left.clear();
                right.clear();
                out.add(join(row));
                continue;
            }
            List<Chunk> l = row.stream().filter(c -> c.x1() <= gutter).toList();
            List<Chunk> r = row.stream().filter(c -> c.x0() >= gutter).toList();
            if (!l.isEmpty()) {
                left.add(join(l));
            }
            if (!r.isEmpty()) {
                right.add(join(r));
            }
        }
        out.addAll(left);
        out.addAll(right);
        return out;
    }

    /** Glyphs grouped into rows by baseline, each row cut into chunks at wide gaps, top to bottom. */
    static List<List<Chunk>> rows(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(Comparator.comparingDouble(Glyph::y).thenComparingDouble(Glyph::x));
        List<List<Glyph>> lines = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        float y = Float.NaN;
        for (Glyph g : sorted) {
            float tolerance = Math.max(1.5f, g.size() * 0.4f);
            if (!cur.isEmpty() && Math.abs(g.y() - y) > tolerance) {
                lines.add(cur);
                cur = new ArrayList<>();
            }
            if (cur.isEmpty()) {
                y = g.y();
            }
            cur.add(g);
        }
        if (!cur.isEmpty()) {
            lines.add(cur);
        }
        List<List<Chunk>> rows = new ArrayList<>();
        for (List<Glyph> line : lines) {
            line.sort(Comparator.comparingDouble(Glyph::x));
            List<Chunk> chunks = chunks(line);
            if (!chunks.isEmpty()) {
                rows.add(chunks);
            }
        }
        return rows;
    }

    private static List<Chunk> chunks(List<Glyph> line) {
        List<Chunk> out = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        float x0 = 0;
        float x1 = 0;
        float y = line.get(0).y();
        boolean open = false;
        for (Glyph g : line) {
            if (g.space()) {
                continue;
            }
            float size = Math.max(g.size(), 1f);
            if (open) {
                float gap = g.x() - x1;
                if (gap > size * 1.2f) {
                    out.add(new Chunk(x0, x1, y, text.toString().strip()));
                    text.setLength(0);
                    open = false;
                } else if (gap > size * 0.15f && text.length() > 0 && text.charAt(text.length() - 1) != ' ') {
                    text.append(' ');
                }
            }
            if (!open) {
                x0 = g.x();
                open = true;
            }
            text.append(g.text());
            x1 = Math.max(x1, g.right());
        }
        if (open && text.length() > 0) {
            out.add(new Chunk(x0, x1, y, text.toString().strip()));
        }
        return out;
    }

    private static String join(List<Chunk> chunks) {
        StringBuilder out = new StringBuilder();
        for (Chunk c : chunks) {
            if (out.length() > 0) {
                out.append('\t');
            }
            out.append(c.text());
        }
        return out.toString();
    }

    /** The gutter's x, or -1 when the page is one column. */
    static float gutter(List<List<Chunk>> rows, float width) {
        if (rows.size() < 8 || width <= 0) {
            return -1;
        }
        float best = -1;
        double bestScore = 0;
        int total = rows.stream().mapToInt(r -> r.stream().mapToInt(c -> c.text().length()).sum()).sum();
        for (float x = width * 0.2f; x <= width * 0.8f; x += 2f) {
            int crossing = 0;
            int leftRows = 0;
            int rightRows = 0;
            int leftChars = 0;
            int rightChars = 0;
            for (List<Chunk> row : rows) {
                boolean l = false;
                boolean r = false;
                for (Chunk c : row) {
                    if (c.x0() < x && c.x1() > x) {
                        crossing++;
                    } else if (c.x1() <= x) {
                        l = true;
                        leftChars += c.text().length();
                    } else {
                        r = true;
                        rightChars += c.text().length();
                    }
                }
                leftRows += l ? 1 : 0;
                rightRows += r ? 1 : 0;
            }
            if (crossing > Math.max(2, rows.size() / 10) || leftRows < 5 || rightRows < 5
                    || leftChars < total * 0.1 || rightChars < total * 0.1) {
                continue;
            }
            double score = Math.min(leftChars, rightChars) - crossing * 50.0;
            if (score > bestScore) {
                bestScore = score;
                best = x;
            }
        }
        if (best < 0 || !columnLike(rows, best)) {
            return -1;
        }
        return widen(rows, best);
    }

    /** The right side's chunks start at one x for most of them: a column, not right-aligned dates. */
    private static boolean columnLike(List<List<Chunk>> rows, float gutter) {
        Map<Integer, Integer> starts = new HashMap<>();
        int right = 0;
        int dates = 0;
        for (List<Chunk> row : rows) {
            for (Chunk c : row) {
                if (c.x0() >= gutter) {
                    right++;
                    starts.merge(Math.round(c.x0() / 3f), 1, Integer::sum);
                    if (c.text().matches("(?i).{0,12}\\b(?:19|20)\\d\\d\\b.{0,30}") && c.text().length() < 40) {
                        dates++;
                    }
                }
            }
        }
        int mode = starts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return right > 0 && mode * 10 >= right * 6 && dates * 2 < right;
    }

    /** Moves the gutter to the middle of the empty band around it. */
    private static float widen(List<List<Chunk>> rows, float x) {
        float leftEdge = 0;
        float rightEdge = Float.MAX_VALUE;
        for (List<Chunk> row : rows) {
            for (Chunk c : row) {
                if (c.x1() <= x) {
                    leftEdge = Math.max(leftEdge, c.x1());
                } else if (c.x0() >= x) {
                    rightEdge = Math.min(rightEdge, c.x0());
                }
            }
        }
        return rightEdge == Float.MAX_VALUE ? x : (leftEdge + rightEdge) / 2;
    }
}
