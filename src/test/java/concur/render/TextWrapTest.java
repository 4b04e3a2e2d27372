package concur.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Fitting lines that carry colour escapes to a width. */
class TextWrapTest {
    private static final String BOLD = "\033[1m";
    private static final String RESET = "\033[0m";

    @Test
    void aLineThatFitsIsKeptWithItsSpacing() {
        assertThat(TextWrap.fit("a   b  " + BOLD + "c" + RESET, 20)).containsExactly("a   b  " + BOLD + "c" + RESET);
    }

    @Test
    void escapesTakeNoColumnsAndAreNeverCut() {
        String word = BOLD + "abcdefghijklmnopqrstuvwxyz" + RESET;
        List<String> lines = TextWrap.fit("x " + word + " y", 10);
        assertThat(lines).allSatisfy(line -> assertThat(TextWrap.visibleLength(line)).isLessThanOrEqualTo(10));
        assertThat(String.join("", lines)).contains(BOLD).contains(RESET);
        // every escape is whole on its line: an ESC is always followed by its full sequence
        assertThat(lines).allSatisfy(line -> assertThat(line.replaceAll("\033\\[[0-9;]*m", "")).doesNotContain("\033"));
        assertThat(String.join("", lines).replaceAll("\033\\[[0-9;]*m", "").replace(" ", ""))
                .isEqualTo("xabcdefghijklmnopqrstuvwxyzy");
    }

    @Test
    void continuationLinesHangUnderTheGivenColumn() {
        assertThat(TextWrap.fit("  0.1s  main │ one two three four", 24, 14))
                .containsExactly("  0.1s  main │ one two", "            three four");
        assertThat(TextWrap.fit("\033[2m  0.1s\033[0m  main │ one two three", 24, 14))
                .containsExactly("\033[2m  0.1s\033[0m  main │ one two", "            three");
        assertThat(TextWrap.fit("    indented words that wrap here", 20))
                .containsExactly("    indented words", "    that wrap here");
    }
}
