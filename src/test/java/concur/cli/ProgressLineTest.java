package concur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import concur.support.TestConsole;
import org.jline.terminal.Size;
import org.junit.jupiter.api.Test;

/** The verify progress line is replaced whole, even when the terminal was made narrower while it showed. */
class ProgressLineTest {
    private static final String STEP = "exploring interleavings (model checking) and looking for data races";

    @Test
    void eachStepReplacesTheLastOnOneLine() {
        TestConsole console = TestConsole.withTerminal("", 40, 24);
        ProgressLine line = new ProgressLine(console.console());
        line.step(STEP);
        line.step("running on real threads (stress)");
        line.clear();
        String out = console.out().replaceAll("\033\\[[0-9;]*m", "");
        assertThat(out).isEqualTo("\r\033[Jverifying: exploring interleavings (mo…\r\033[Jverifying: running on real threads (st…"
                + "\r\033[J");
    }

    /** At 100 columns the line takes 83; made 40 wide, the terminal rewraps it over 3 rows: all are erased. */
    @Test
    void aLineRewrappedByANarrowerTerminalIsErasedFromItsFirstRow() {
        TestConsole console = TestConsole.withTerminal("", 100, 24);
        ProgressLine line = new ProgressLine(console.console());
        line.step(STEP);
        console.console().terminal().orElseThrow().setSize(new Size(40, 24));
        line.clear();
        assertThat(console.out()).endsWith("...\033[0m\r\033[2A\033[J");
        console.console().terminal().orElseThrow().setSize(new Size(20, 24));
        line.step(STEP);
        line.clear();
        assertThat(console.out()).endsWith("\r\033[J"); // 19 columns at 20: one row
    }
}
