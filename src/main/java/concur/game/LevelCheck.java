package concur.game;

import concur.catalog.ContentError;
import concur.catalog.ContentException;
import concur.catalog.LevelSpec;
import concur.check.LessonReport;
import concur.check.LevelReport;
import java.util.List;

/** What {@code concur check} asks of a level: it parses, it is not won before a move, and some schedule wins it. */
public final class LevelCheck {
    private LevelCheck() {}

    public static LevelReport check(LevelSpec spec) {
        long start = System.nanoTime();
        LessonReport.Status status;
        int shortest = 0;
        List<String> messages;
        try {
            Interpreter game = new Interpreter(LevelParser.parse(spec));
            Solver.Result result = Solver.solve(game);
            if (game.outcome(game.start()) == Interpreter.Outcome.WON) {
                status = LessonReport.Status.FAILED;
                messages = List.of(new ContentError(spec.file(), spec.winLine(), "the level is won before any move").toString());
            } else if (result.win().isEmpty()) {
                status = LessonReport.Status.FAILED;
                messages = List.of(new ContentError(spec.file(), spec.winLine(), result.exhausted()
                        ? "no schedule wins this level: every one of its " + result.states() + " states was searched"
                        : "no win found in the first " + Solver.MAX_STATES + " states: make the level smaller").toString());
            } else {
                status = LessonReport.Status.PASSED;
                shortest = result.win().get().size();
                messages = List.of();
            }
        } catch (ContentException e) {
            status = LessonReport.Status.ERROR;
            messages = e.errors().stream().map(ContentError::toString).toList();
        }
        return new LevelReport(spec.id(), spec.lessonId(), status, shortest, (System.nanoTime() - start) / 1_000_000,
                messages);
    }
}
