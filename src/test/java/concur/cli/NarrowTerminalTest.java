package concur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import concur.console.Console;
import concur.render.TextWrap;
import concur.support.TestConsole;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The home and its commands at every width a terminal may report, through a JLine terminal over in-memory streams:
 * no internal error, the prompt back after each command, and every line concur lays out on stdout within the width.
 */
class NarrowTerminalTest {
    /** Commands whose every line concur lays out itself (show prints source code as it is, so it is not here). */
    private static final List<String> LAID_OUT = List.of("list", "help", "progress", "check hello", "run --help",
            "quiz --help", "learn helo", "--help", "lern");

    @TempDir
    Path state;

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {0, 1, 20, 40, 60, 80})
    void theHomeTakesEveryCommandAndGivesThePromptBack(int columns) {
        List<String> typed = new java.util.ArrayList<>(LAID_OUT);
        typed.add("show hello");
        TestConsole console = TestConsole.withTerminal(String.join("\r", typed) + "\r", columns, 30);
        int code = Commands.execute(console.app(state));

        assertThat(code).isZero();
        FuzzTest.assertNoCrash(console.out() + console.err() + console.screen());
        assertThat(console.screen().replaceAll("\033\\[[0-9;?]*[a-zA-Z]", "").split("concur>", -1)).as("a prompt before each command and one after the last")
                .hasSize(typed.size() + 2);
        assertThat(console.err()).contains("no lesson 'helo'. Did you mean 'hello'?").contains("unknown command 'lern'");
        assertThat(console.out().replaceAll("\033\\[[0-9;]*m", "")).contains("Usage: concur run").contains("Usage: concur quiz").contains("passed");
    }

    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {0, 1, 20, 33, 40, 54, 55, 60, 80})
    void everyLineFitsTheWidth(int columns) {
        for (String command : LAID_OUT) {
            TestConsole console = TestConsole.withTerminal("", columns, 30);
            int width = console.console().width();
            assertThat(width).isEqualTo(columns == 0 ? 80 : Math.max(Console.MIN_WIDTH, columns));
            Commands.execute(console.app(state), command.split(" "));
            // stderr's one-line diagnostics stay one line, for scripts to grep; the terminal wraps them
            assertThat(console.out().lines())
                    .as("'%s' at %d columns", command, columns)
                    .allSatisfy(line -> assertThat(TextWrap.visibleLength(line)).as(line).isLessThanOrEqualTo(width));
        }
    }

    /** The course's own listings, with its exercises and levels, at the widths a narrow terminal has. */
    @ParameterizedTest(name = "{0} columns")
    @ValueSource(ints = {20, 40, 60})
    void theCoursesListingsFitTheWidth(int columns) {
        for (String command : List.of("list", "exercise", "play", "progress")) {
            TestConsole console = TestConsole.withTerminal("", columns, 30);
            assertThat(Commands.execute(console.app(state, Path.of("lessons")), command)).as(command).isZero();
            assertThat(console.out().lines()).as("'%s' at %d columns", command, columns).hasSizeGreaterThan(8)
                    .allSatisfy(line -> assertThat(TextWrap.visibleLength(line)).as(line).isLessThanOrEqualTo(columns));
            // a mark breaks between its parts, never inside one ("levels" on one line, "0/4" on the next)
            if (command.equals("list")) {
                assertThat(console.out().lines()).as("'%s' at %d columns", command, columns)
                        .noneMatch(line -> line.matches(".*\\b(exercises|levels)\\s*") || line.matches("\\s*\\d+/\\d+\\b.*"));
            }
        }
    }
}
