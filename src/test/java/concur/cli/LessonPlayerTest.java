package concur.cli;

import static org.assertj.core.api.Assertions.assertThat;

import concur.console.Style;
import concur.support.TestConsole;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A learner stopping, resuming, re-running demos and paging prose, over in-memory streams and the fixtures. */
class LessonPlayerTest {
    private static final Path OUTCOMES = Path.of("src/test/fixtures/outcomes");
    private static final Path MARKDOWN = Path.of("src/test/fixtures/markdown");
    private static final String ALL_RIGHT = "b\na b\ntrue\n6\nmain\n";

    @TempDir
    Path state;

    private TestConsole console;

    /** A person typing lines, without a terminal. */
    private int learn(String typed, String... args) {
        return learnIn(TestConsole.FIXTURES, typed, args);
    }

    private int learnIn(Path lessons, String typed, String... args) {
        console = new TestConsole(typed, Style.PLAIN, true);
        return Commands.execute(console.app(state, lessons), args);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void qLeavesALessonWithExitZeroAndTheNextLearnGoesOnWhereItWasLeft() {
        assertThat(learn("q\n", "learn", "hello")).isZero();
        assertThat(console.out()).contains("Two threads say hello").contains("Lesson stopped. Pick it up again with: concur learn hello");

        console = new TestConsole("");
        Commands.execute(console.app(state), "progress");
        assertThat(console.out()).containsPattern("hello +- +- +- +seen in part");

        assertThat(learn("\n\n\n\n" + ALL_RIGHT, "learn", "hello")).isZero();
        String again = console.out();
        assertThat(again).contains("You left this lesson at the demo \"Two greeters\" (part 2 of 4).")
                .contains("Press Enter to go on from there, s to start over")
                .doesNotContain("Two threads say hello")
                .contains("all greeted").contains("Score: 5/5").contains("Lesson hello completed.");

        assertThat(learn("q\n", "learn", "hello")).isZero();
        assertThat(console.out()).as("a lesson taken to its end starts afresh").doesNotContain("You left this lesson")
                .contains("Two threads say hello");
    }

    @Test
    void atTheHomeTheLessonNamesItsCommandsAsTheHomeTakesThem() {
        assertThat(learn("learn hello\nq\n")).isZero();
        assertThat(console.out()).contains("Pick it up again with: learn hello").doesNotContain("concur learn hello");
    }

    @Test
    void sStartsALessonLeftOffOverFromTheTop() {
        learn("\n\nq\n", "learn", "hello"); // the demo ran, the text after it was read, then q before the quiz
        assertThat(learn("s\nq\n", "learn", "hello")).isZero();
        assertThat(console.out()).contains("You left this lesson at its quiz (part 4 of 4).")
                .contains("Two threads say hello");
    }

    @Test
    void ctrlCStillStopsALessonWith130AndKeepsThePlace() {
        console = TestConsole.withTerminal("\003", 100, 40);
        assertThat(Commands.execute(console.app(state), "learn", "hello")).isEqualTo(ExitCode.INTERRUPTED);
        assertThat(console.out()).contains("Lesson stopped.");
        assertThat(console.app(state).progress().places()).containsEntry("hello", 1);
    }

    @Test
    void aLessonPlayedThroughAPipeResumesNothingAndLeavesNoPlace() {
        console = new TestConsole(ALL_RIGHT);
        assertThat(Commands.execute(console.app(state), "learn", "hello")).isZero();
        assertThat(console.app(state).progress().places()).isEmpty();
    }

    @Test
    void qIsTakenAtThePredictPrompt() {
        assertThat(learnIn(OUTCOMES, "q\n", "learn", "races")).isZero();
        assertThat(console.out()).contains("Predict first").contains("Lesson stopped.").doesNotContain("Outcomes of");
    }

    @Test
    void qInARetakeKeepsTheBestScoreAndSaysSo() {
        assertThat(learn(ALL_RIGHT, "quiz", "hello")).isZero();
        assertThat(console.out()).contains("Score: 5/5").doesNotContain("is kept");
        assertThat(learn("a\nq\n", "quiz", "hello")).isZero();
        assertThat(console.out()).contains("Quiz stopped after 1 of 5 questions.").contains("Score: 0/5")
                .contains("Your best score, 5/5, is kept.");
    }

    @Test
    void rRunsTheDemoAgainAndSInSlowMotionAndTheTimelineNoteIsSaidAtMostOnce() {
        assertThat(learn("\nr\ns\nq\n", "learn", "hello")).isZero();
        String out = console.out();
        assertThat(count(out, "all greeted")).as("the first run, r, then s").isEqualTo(3);
        assertThat(out).contains("Tip: s runs a demo in slow motion").contains("concur learn hello --pace slow")
                .contains("Press Enter to run the demo, s to run it in slow motion")
                .contains("Press Enter to go on, r to run it again, s to run it slowly");
        assertThat(count(out, "too quick for a timeline")).isLessThanOrEqualTo(1);
        assertThat(count(out, "Tip: s runs")).isEqualTo(1);
    }

    @Test
    void keysPressedWhileADemoRunsDoNotAnswerThePromptAfterIt() {
        console = TestConsole.withTerminal("\r\r\r", 100, 40); // the first runs the demo; the others come too early
        assertThat(Commands.execute(console.app(state), "learn", "hello")).isZero();
        assertThat(console.out()).contains("all greeted").contains("Press Enter to go on, r to run it again")
                .contains("Lesson stopped.").doesNotContain("That was it.");
    }

    @Test
    void aDemoTallerThanTheScreenIsOfferedAgainInSlowMotion() {
        console = TestConsole.withTerminal("\r", 100, 40);
        Commands.execute(console.app(state, Path.of("lessons")), "learn", "basics");
        assertThat(console.out()).contains("both counters are done").contains("The demo printed 111 lines in")
                .contains("more than the screen holds: s runs it");
    }

    @Test
    void slowMotionIsNotOfferedWhenTheLessonRunsSlowAlready() {
        assertThat(learn("q\n", "learn", "hello", "--pace", "slow")).isZero();
        assertThat(console.out()).contains("Press Enter to run the demo (q to stop)").doesNotContain("Tip:");
    }

    @Test
    void proseIsPagedToTheTerminalsHeightCountingTheTitleAbove() {
        console = TestConsole.withTerminal("\r".repeat(40), 100, 14);
        Commands.execute(console.app(state, MARKDOWN), "learn", "markdown");
        String out = console.out();
        List<String> firstPage = out.substring(0, out.indexOf("Press Enter for more")).lines().toList();
        assertThat(firstPage.get(0)).contains("Lesson 1/1");
        assertThat(firstPage).hasSizeLessThanOrEqualTo(12 + 1); // 14 rows: 12 lines, then the prompt's own line
        assertThat(count(out, "Press Enter for more")).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aPipeGetsAllTheProseWithoutAPause() {
        console = new TestConsole("b\n");
        Commands.execute(console.app(state, MARKDOWN), "learn", "markdown");
        assertThat(console.out()).doesNotContain("Press Enter for more");
    }
}
