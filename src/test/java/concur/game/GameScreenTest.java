package concur.game;

import static org.assertj.core.api.Assertions.assertThat;

import concur.catalog.LessonCatalog;
import concur.console.Style;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The board at 80 columns (threads side by side) and at 40 (stacked), folded and expanded. */
class GameScreenTest {
    private static final LessonCatalog COURSE = LessonCatalog.load(Path.of("lessons"), "lessons");

    private static GameSession session(String level) {
        return new GameSession(new Interpreter(LevelParser.parse(COURSE.resolveLevel(level))));
    }

    @Test
    void atEightyColumnsTheThreadsStandSideBySide() {
        GameSession session = session("lost-update");
        session.move('A');
        List<String> screen = new GameScreen(Style.PLAIN, 80).render(session, false, null);
        assertThat(screen).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(80));
        assertThat(screen).anySatisfy(line -> assertThat(line).contains("A  first()").contains("| B  second()"));
        assertThat(screen).anySatisfy(line -> assertThat(line).startsWith("> count++;").contains("| > count++;"));
        assertThat(screen).contains("Goal: Make two increments leave the counter at 1.", "Shared: count = 0",
                "Locals: A: (read 0)", "Moves: A");
        assertThat(String.join("\n", screen)).contains("A next: add 1").contains("B next: read count");
    }

    @Test
    void expandedTheCurrentStatementListsItsAtomicStepsWithTheNextMarked() {
        GameSession session = session("lost-update");
        session.move('A');
        List<String> screen = new GameScreen(Style.PLAIN, 80).render(session, true, null);
        assertThat(screen).anySatisfy(line -> assertThat(line).startsWith("    1 read count").contains("|    *1 read count"));
        assertThat(screen).anySatisfy(line -> assertThat(line).startsWith("   *2 add 1"));
        assertThat(screen).anySatisfy(line -> assertThat(line).startsWith("    3 write count"));
    }

    @Test
    void atFortyColumnsTheThreadsAreStackedAndNothingIsWider() {
        GameSession session = session("two-locks");
        session.move('A');
        List<String> screen = new GameScreen(Style.PLAIN, 40).render(session, false, "B cannot move: waits for lock"
                + " savings, held by A, and this message is long enough to wrap");
        assertThat(screen).allSatisfy(line -> assertThat(line.length()).as(line).isLessThanOrEqualTo(40));
        int a = screen.indexOf("A  toChecking()");
        int b = screen.indexOf("B  toSavings()");
        assertThat(a).isPositive();
        assertThat(b).isGreaterThan(a + 5);
        assertThat(screen).contains("Locks: savings held by A, checking free");
        assertThat(screen).noneSatisfy(line -> assertThat(line).contains(" | "));
    }

    @Test
    void aBlockedThreadSaysWhatItWaitsForAndWhoHoldsIt() {
        GameSession session = session("two-locks");
        session.move('A');
        session.move('B');
        List<String> screen = new GameScreen(Style.PLAIN, 120).render(session, false, null);
        assertThat(String.join("\n", screen)).contains("A: waits for lock checking, held by B")
                .contains("B: waits for lock savings, held by A");
        assertThat(session.outcome()).isEqualTo(Interpreter.Outcome.WON);
    }

    @Test
    void withColourTheNextLineIsMarkedAndWidthsIgnoreEscapes() {
        GameSession session = session("missed-notify");
        List<String> screen = new GameScreen(new Style(true, true), 80).render(session, false, null);
        assertThat(screen).allSatisfy(line -> assertThat(GameScreen.visibleLength(line)).isLessThanOrEqualTo(80));
        assertThat(String.join("\n", screen)).contains("\033[").contains("▶");
    }

    @Test
    void aLongCommentIsWrappedAsACommentAtEveryWidthNotCut() {
        String comment = "worker.start() came just before; worker.join() was forgotten";
        for (int w = 30; w <= 120; w += 10) {
            int width = w;
            GameSession session = session("forgotten-join");
            List<String> screen = new GameScreen(Style.PLAIN, width).render(session, false, null);
            assertThat(screen).as("width %d", width).allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(Math.max(30, width - 1)));
            // A's column alone: the left cell of each side-by-side row
            String words = String.join(" ", screen.stream().map(l -> l.contains(" | ") ? l.substring(0, l.indexOf(" | ")) : l)
                    .toList()).replaceAll("\\s*//\\s*", " ").replaceAll("\\s+", " ");
            assertThat(words).as("width %d", width).contains(comment);
            assertThat(String.join("\n", screen.subList(1, screen.size()))).doesNotContain("~").doesNotContain("\u2026");
        }
    }

    @Test
    void afterTheAddTheRegisterIsShownAsWhatWillBeWrittenNotAsWhatWasRead() {
        GameSession session = session("lost-update");
        session.move('A');
        session.move('A');
        List<String> screen = new GameScreen(Style.PLAIN, 80).render(session, false, null);
        assertThat(screen).contains("Locals: A: (to write 1)").doesNotContain("Locals: A: (read 1)");
    }

    @Test
    void aGoalMetBeforeTheThreadsHaveFinishedSaysTheWinWaitsForThem() {
        GamePlayer player = new GamePlayer(new concur.support.TestConsole("").console(), session("forgotten-join").game());
        assertThat(player.press('A')).isEmpty(); // main has read the answer, printed is still -1
        assertThat(player.press('A')).isEqualTo("The rest of the goal holds now; the level is won when every thread has"
                + " finished.");
    }
}
