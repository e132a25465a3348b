package dev.folio.input.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.folio.problem.Problem;
import dev.folio.problem.Problems;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A character YAML does not allow written as itself (a control character, U+FFFE, U+FFFF) is
 * refused where it is, not at the top of the file.
 */
final class ForbiddenCharactersTest {

    private static final String FILE = ProfileReaderTest.FILE;

    @Test
    void aCharacterYamlDoesNotAllowIsLocated() {
        assertEquals(List.of(FILE + ":2:12: U+FFFE is a character YAML does not allow; remove it"),
                ProfileReaderTest.problems("basics:\n  name: Sam\uFFFE\n"));
        assertEquals(List.of(FILE + ":3:13: U+0001 is a character YAML does not allow; remove it"),
                ProfileReaderTest.problems("basics:\n  name: Sam\n  label: \"A\uD83D\uDE00\u0001\"\n"));
        assertEquals(List.of(FILE + ":2:12: U+FFFF is a character YAML does not allow; remove it"),
                ProfileReaderTest.problems("basics:\r\n  name: Sam\uFFFF\r\n"));
    }

    @Test
    void inFrontMatterItIsLocatedInTheStoryFile() {
        Problems problems = new Problems();
        // the front matter starts on line 2 of the story's file
        new YamlReader().read("content/stories/cache.md", "category: x\nsummary: Fast\u0001\n", 1, problems);
        assertEquals(List.of("content/stories/cache.md:3:14: U+0001 is a character YAML does not allow; remove it"),
                problems.sorted().stream().map(Problem::format).toList());
    }
}
