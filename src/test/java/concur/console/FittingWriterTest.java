package concur.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicInteger;
import org.jline.terminal.Size;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.junit.jupiter.api.Test;

class FittingWriterTest {
    private final StringWriter screen = new StringWriter();
    private final AtomicInteger width = new AtomicInteger(20);
    private final PrintWriter out = new PrintWriter(new FittingWriter(new PrintWriter(screen), width::get), true);

    @Test
    void aLongLineBreaksBetweenWordsNeverInsideOne() {
        out.println("Hint 1 of 3: read under a LongAdder and count");
        assertThat(screen.toString().lines()).containsExactly("Hint 1 of 3: read", "under a LongAdder", "and count");
    }

    @Test
    void aLineThatFitsIsPassedOnAsItIs() {
        out.println("  a   b    c");
        assertThat(screen.toString()).isEqualTo("  a   b    c" + System.lineSeparator());
    }

    @Test
    void escapesTakeNoColumns() {
        out.println("\033[1mbold words\033[0m here and there");
        assertThat(screen.toString().lines()).containsExactly("\033[1mbold words\033[0m here and", "there");
    }

    @Test
    void theRestOfAFlushedPromptGoesOnFromWhereItStopped() {
        out.print("Put it back? ");
        out.flush();
        out.println("(y/n) yes and something longer");
        assertThat(screen.toString().lines()).containsExactly("Put it back? (y/n)", "yes and something", "longer");
    }

    @Test
    void aCarriageReturnGoesBackOverEveryRowTheLineTook() {
        out.print("verifying: compiling the working copy, at last");
        out.flush();
        out.print("\r\033[2Kdone");
        out.flush();
        // three rows were written: up two, back to the start, clear to the end of the screen
        assertThat(screen.toString()).isEqualTo("verifying: compiling" + System.lineSeparator() + "the working copy, at" + System.lineSeparator()
                + "last\033[2A\r\033[J\033[2Kdone");
    }

    @Test
    void aResizeIsFollowedFromTheNextLine() {
        out.println("one two three four five six");
        width.set(40);
        out.println("one two three four five six");
        assertThat(screen.toString().lines()).containsExactly("one two three four", "five six", "one two three four five six");
    }

    @Test
    void theConsoleWrapsWhatItPrintsOnATerminal() throws IOException {
        try (Terminal terminal = TerminalBuilder.builder().system(false).type("xterm-256color")
                .streams(new ByteArrayInputStream(new byte[0]), new ByteArrayOutputStream()).size(new Size(24, 10)).build()) {
            StringWriter printed = new StringWriter();
            Console console = new Console(new PrintWriter(printed), new PrintWriter(new StringWriter()),
                    new BufferedReader(new StringReader("")), Style.PLAIN, () -> terminal, true);
            console.out().println("Next: concur learn subclassing   (Subclassing Thread)");
            console.out().flush();
            assertThat(printed.toString().lines()).allMatch(l -> l.length() <= 24)
                    .containsExactly("Next: concur learn", "subclassing", "(Subclassing Thread)");
        }
    }
}
