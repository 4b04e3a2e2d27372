package concur.game;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import concur.catalog.ContentException;
import concur.catalog.LevelSpec;
import concur.check.LessonReport;
import concur.check.LevelReport;
import org.junit.jupiter.api.Test;

/** The solver finds shortest wins, and a level no schedule wins is rejected with its file and line. */
class SolverTest {
    private static LevelSpec spec(String id) {
        return LevelSpec.load(InterpreterTraceTest.FIXTURES.resolve(id + ".level"), "fixtures", "src/test/fixtures/game");
    }

    @Test
    void theShortestLostUpdateReadsTwiceBeforeEitherWrite() {
        Solver.Result result = Solver.solve(InterpreterTraceTest.game("counter"));
        // A reads and adds, B reads into its local before A writes, then both write: 5 steps; breadth first tries A
        // before B at each level, so of the shortest wins this is the one found
        assertThat(result.win()).isPresent();
        assertThat(GameSession.letters(InterpreterTraceTest.game("counter"), result.win().get())).isEqualTo("A A B A B");
    }

    @Test
    void shortestWinsOfTheOtherFixtures() {
        assertThat(Solver.solve(InterpreterTraceTest.game("locks")).win().orElseThrow()).hasSize(6); // A locks, B's tryLock fails, B gives up, A finishes
        assertThat(Solver.solve(InterpreterTraceTest.game("wait-notify")).win().orElseThrow()).hasSize(8); // B runs its four steps, then A its four, never waiting
        assertThat(Solver.solve(InterpreterTraceTest.game("monitors")).win()).isEmpty(); // a monitor keeps B out
    }

    @Test
    void anUnwinnableLevelFailsTheCheckWithFileAndLine() {
        LevelReport report = LevelCheck.check(spec("unwinnable"));
        assertThat(report.status()).isEqualTo(LessonReport.Status.FAILED);
        assertThat(report.messages()).singleElement().asString()
                .startsWith("src/test/fixtures/game/levels/unwinnable.level:4: no schedule wins this level");
    }

    @Test
    void aStatementOutsideTheSubsetIsAContentErrorWithFileAndLine() {
        assertThatThrownBy(() -> LevelParser.parse(spec("broken")))
                .isInstanceOf(ContentException.class)
                .hasMessage("src/test/fixtures/game/levels/broken.level:11: a switch statement is not part of the levels' Java"
                        + " (see README, The level language)");
        LevelReport report = LevelCheck.check(spec("broken"));
        assertThat(report.status()).isEqualTo(LessonReport.Status.ERROR);
    }

    @Test
    void anErrorInTheWinningConditionNamesTheLineOfWin() throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("levels");
        java.nio.file.Path file = dir.resolve("levels/bad-win.level");
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, java.nio.file.Files.readString(InterpreterTraceTest.FIXTURES
                .resolve("counter.level")).replace("win: finished() && count == 1", "win: finished() && lock.tryLock()"));
        assertThatThrownBy(() -> LevelParser.parse(LevelSpec.load(file, "fixtures", "fixtures")))
                .hasMessage("fixtures/levels/bad-win.level:4: 'lock.tryLock()': calls are made on shared fields");
    }
}
