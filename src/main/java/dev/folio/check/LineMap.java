package dev.folio.check;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns character offsets into 1-based line and column numbers; LF, CRLF and a lone CR end a line. */
final class LineMap {

    private final int[] lineStarts;

    private LineMap(int[] lineStarts) {
        this.lineStarts = lineStarts;
    }

    static LineMap of(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
            if (c == '\n' || c == '\r' && !crlf) {
                starts.add(i + 1);
            }
        }
        return new LineMap(starts.stream().mapToInt(Integer::intValue).toArray());
    }

    int line(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }

    int column(int offset) {
        return offset - lineStarts[line(offset) - 1] + 1;
    }
}
