package concur.game;

import static org.assertj.core.api.Assertions.assertThat;

import concur.catalog.LessonCatalog;
import concur.catalog.LevelSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The course's levels: each parses, cannot be won before a move, and is won by the schedule the solver finds. */
class CourseLevelsTest {
    private static final LessonCatalog COURSE = LessonCatalog.load(Path.of("lessons"), "lessons");

    static List<LevelSpec> levels() {
        return COURSE.levels();
    }

    @Test
    void atLeastEightLevelsOverFiveLessons() {
        assertThat(COURSE.levels()).hasSizeGreaterThanOrEqualTo(8);
        assertThat(COURSE.levels().stream().map(LevelSpec::lessonId).distinct()).hasSizeGreaterThanOrEqualTo(5);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levels")
    void theSolversWinReplaysToAWin(LevelSpec spec) {
        Interpreter game = new Interpreter(LevelParser.parse(spec));
        assertThat(game.outcome(game.start())).isEqualTo(Interpreter.Outcome.PLAYING);
        Solver.Result result = Solver.solve(game);
        assertThat(result.win()).as("%s can be won", spec.id()).isPresent();
        GameState state = game.start();
        for (int move : result.win().get()) {
            state = game.move(state, move);
        }
        assertThat(game.outcome(state)).isEqualTo(Interpreter.Outcome.WON);
    }
}
