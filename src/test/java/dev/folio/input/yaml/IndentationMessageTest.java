package dev.folio.input.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A key indented past the one above it is named as an indentation mistake, whatever the line breaks. */
final class IndentationMessageTest {

    private static final String EXPECTED = "\"label\" is indented 3 spaces, more than \"name\" on line 2 (2); "
            + "indent it by 2 spaces to line it up with \"name\"";

    @Test
    void theKeyToLineUpWithIsNamedWithAnyLineBreaks() {
        assertEquals(Optional.of(EXPECTED), YamlReader.indentedTooFar("basics:\n  name: Sam\n   label: Eng\n", 3));
        assertEquals(Optional.of(EXPECTED), YamlReader.indentedTooFar("basics:\r\n  name: Sam\r\n   label: Eng\r\n", 3));
        assertEquals(Optional.of(EXPECTED), YamlReader.indentedTooFar("basics:\n  name: Sam\n\n  # a note\n   label: Eng\n",
                5), "blank lines and comments between them are skipped");
    }

    @Test
    void aColonInsideAValueIsNotAnIndentationMistake() {
        assertEquals(Optional.empty(), YamlReader.indentedTooFar("basics:\n  label: Speed: 4x\n", 2));
        assertEquals(Optional.empty(), YamlReader.indentedTooFar("basics:\n    name: Sam\n", 2));
    }
}
