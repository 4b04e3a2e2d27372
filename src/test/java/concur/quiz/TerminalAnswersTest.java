package concur.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import concur.catalog.Question;
import concur.console.Style;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

/** The key-driven picker, fed keys through JLine's DumbTerminal over in-memory streams. */
class TerminalAnswersTest {
    private static final Question.Choice SINGLE = new Question.Choice("Which?", List.of("x", "y", "z"), Set.of(1), false, "y.");
    private static final Question.Choice MULTIPLE = new Question.Choice("Which?", List.of("x", "y", "z"), Set.of(0, 2), true, "x, z.");
    private static final Question.Choice TRUE_FALSE = new Question.Choice("Really?", List.of("True", "False"), Set.of(1), false, "No.");

    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    private Optional<Set<Integer>> keys(String typed, Question.Choice question) throws IOException {
        try (Terminal terminal = new DumbTerminal("test", "xterm", new ByteArrayInputStream(typed.getBytes(StandardCharsets.UTF_8)),
                screen, StandardCharsets.UTF_8)) {
            return new TerminalAnswers(terminal, Style.PLAIN, () -> 80).choose(question);
        }
    }

    @Test
    void arrowsMoveAndEnterPicks() throws IOException {
        assertThat(keys("\033[B\r", SINGLE)).contains(Set.of(1));
        assertThat(keys("\033[B\033[B\033[B\r", SINGLE)).as("down from the last wraps to the first").contains(Set.of(0));
        assertThat(keys("\033[A\r", SINGLE)).as("up from the first wraps to the last").contains(Set.of(2));
    }

    @Test
    void aLetterPicksAtOnce() throws IOException {
        assertThat(keys("c", SINGLE)).contains(Set.of(2));
        assertThat(keys("B", SINGLE)).contains(Set.of(1));
    }

    @Test
    void aLetterBeyondTheChoicesIsRefusedAndTheQuestionStays() throws IOException {
        assertThat(keys("x\r", SINGLE)).contains(Set.of(0));
        assertThat(screen.toString(StandardCharsets.UTF_8)).contains("No choice x: use a to c");
    }

    @Test
    void qLeavesTheQuestionAndOnlyCtrlCCountsAsAnInterrupt() throws IOException {
        try (Terminal terminal = new DumbTerminal("test", "xterm", new ByteArrayInputStream("q\003\004".getBytes(StandardCharsets.UTF_8)),
                screen, StandardCharsets.UTF_8)) {
            TerminalAnswers answers = new TerminalAnswers(terminal, Style.PLAIN, () -> 80);
            assertThat(answers.choose(MULTIPLE)).isEmpty();
            assertThat(answers.interrupted()).isFalse();
            assertThat(answers.choose(SINGLE)).isEmpty();
            assertThat(answers.interrupted()).isTrue();
            assertThat(answers.choose(SINGLE)).isEmpty();
            assertThat(answers.interrupted()).as("Ctrl-D leaves like q").isFalse();
        }
        assertThat(screen.toString(StandardCharsets.UTF_8)).contains("q to stop");
    }

    @Test
    void aMultipleAnswerIsShownWithItsBoxesAndNoPointerOnEachPick() throws IOException {
        try (Terminal terminal = new DumbTerminal("test", "xterm", new ByteArrayInputStream(new byte[0]), screen,
                StandardCharsets.UTF_8)) {
            List<String> done = new TerminalAnswers(terminal, Style.PLAIN, () -> 80).render(MULTIPLE, 2, Set.of(0, 1, 2), "", true, 80);
            assertThat(done).containsExactly("  a) [x] x", "  b) [x] y", "  c) [x] z");
            List<String> single = new TerminalAnswers(terminal, Style.PLAIN, () -> 80).render(SINGLE, 1, Set.of(1), "", true, 80);
            assertThat(single).containsExactly("  a) x", "> b) y", "  c) z");
        }
    }

    @Test
    void trueAndFalseTakeTAndF() throws IOException {
        assertThat(keys("f", TRUE_FALSE)).contains(Set.of(1));
        assertThat(keys("t", TRUE_FALSE)).contains(Set.of(0));
    }

    @Test
    void severalArePickedWithSpaceOrLettersThenEnter() throws IOException {
        assertThat(keys(" \033[B\033[B \r", MULTIPLE)).contains(Set.of(0, 2));
        assertThat(keys("accb\r", MULTIPLE)).as("a letter toggles").contains(Set.of(0, 1));
    }

    @Test
    void enterWithNothingPickedAsksForAPick() throws IOException {
        assertThat(keys("\rb\r", MULTIPLE)).contains(Set.of(1));
        assertThat(screen.toString(StandardCharsets.UTF_8)).contains("Pick at least one");
    }

    @Test
    void ctrlCOrCtrlDOrEndOfInputEndsTheQuiz() throws IOException {
        assertThat(keys("\003", SINGLE)).isEmpty();
        assertThat(keys("\004", SINGLE)).isEmpty();
        assertThat(keys("", SINGLE)).isEmpty();
    }

    @Test
    void aLongChoiceWrapsUnderItselfInsteadOfOverTheNextOne() throws IOException {
        String longChoice = "word ".repeat(40).strip();
        Question.Choice question = new Question.Choice("Which?", List.of(longChoice, "short"), Set.of(1), false, "short.");
        assertThat(keys("b", question)).contains(Set.of(1));
        String drawn = screen.toString(StandardCharsets.UTF_8);
        assertThat(drawn).contains("> a) word word").contains("     word word").contains("b) short");
    }
}
