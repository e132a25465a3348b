package dev.folio.input;

import dev.folio.problem.Problems;
import java.util.Optional;

/**
 * A story file split into optional YAML front matter (between a first line {@code ---} and the
 * next {@code ---}) and the Markdown body.
 */
record StoryMarkdown(Optional<String> frontMatter, int frontMatterLine, String body) {

    static Optional<StoryMarkdown> split(String file, String text, Problems problems) {
        String normalized = text.replace("\r\n", "\n");
        if (!normalized.startsWith("---\n") && !normalized.equals("---")) {
            return Optional.of(new StoryMarkdown(Optional.empty(), 0, text));
        }
        int lineNumber = 1;
        int start = normalized.indexOf('\n') + 1;
        int pos = start;
        while (pos < normalized.length()) {
            int end = normalized.indexOf('\n', pos);
            String line = end < 0 ? normalized.substring(pos) : normalized.substring(pos, end);
            lineNumber++;
            if (line.strip().equals("---") || line.strip().equals("...")) {
                String matter = normalized.substring(start, pos);
                String body = end < 0 ? "" : normalized.substring(end + 1);
                return Optional.of(new StoryMarkdown(Optional.of(matter), 2, body));
            }
            if (end < 0) {
                break;
            }
            pos = end + 1;
        }
        problems.add(file, 1, 1, "front matter starts with --- but never ends; add a line --- after it");
        return Optional.empty();
    }
}
