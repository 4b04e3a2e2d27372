package concur.check;

import concur.exercise.Exercise;
import concur.verify.Verification;
import concur.verify.Verifier;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an exercise the way a learner meets it: the starter, verified, must fail (a pass there would mean the
 * scenario cannot tell broken code from fixed), and the reference solution must pass.
 */
public final class ExerciseChecker {
    private final Verifier verifier;

    public ExerciseChecker(Verifier verifier) {
        this.verifier = verifier;
    }

    public ExerciseReport check(Exercise exercise) {
        long start = System.nanoTime();
        List<String> checked = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        boolean timedOut = false;
        Verification starter = verifier.verify(exercise, exercise.starter());
        switch (starter.status()) {
            case FAILED -> checked.add("starter caught: " + starter.message() + " (" + starter.coverage() + ")");
            case TIMEOUT -> checked.add("starter caught: " + starter.message());
            case PASSED -> problems.add("the starter passed verification (" + starter.coverage()
                    + "): the scenario does not catch the bug it is about");
            case COMPILE_ERROR -> problems.add("the starter does not compile: " + String.join("\n", starter.compileErrors()));
        }
        Verification solution = verifier.verify(exercise, exercise.solution());
        switch (solution.status()) {
            case PASSED -> checked.add("solution verified: " + solution.coverage());
            case COMPILE_ERROR -> problems.add("the solution does not compile: " + String.join("\n", solution.compileErrors()));
            case TIMEOUT -> {
                timedOut = true;
                problems.add("the solution timed out: " + solution.message());
            }
            case FAILED -> problems.add("the solution failed: " + solution.message());
        }
        LessonReport.Status status = problems.isEmpty() ? LessonReport.Status.PASSED
                : timedOut ? LessonReport.Status.TIMEOUT : LessonReport.Status.FAILED;
        return new ExerciseReport(exercise.id(), exercise.lessonId(), status, (System.nanoTime() - start) / 1_000_000,
                checked, problems);
    }
}
