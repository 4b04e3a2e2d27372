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
}
