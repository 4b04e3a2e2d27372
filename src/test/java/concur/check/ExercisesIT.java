package concur.check;

import static org.assertj.core.api.Assertions.assertThat;

import concur.catalog.LessonCatalog;
import concur.exercise.Exercise;
import concur.exercise.ExerciseCatalog;
import concur.runner.ChildProcesses;
import concur.verify.Verifier;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every exercise of the course, as concur check sees it: its starter is caught and its solution verified. */
class ExercisesIT {
    private static final ExerciseCatalog EXERCISES = ExerciseCatalog.load(LessonCatalog.load(Path.of("lessons"), "lessons"));
    private static final ExerciseChecker CHECKER = new ExerciseChecker(new Verifier(new ChildProcesses()));

    static Stream<Exercise> exercises() {
        return EXERCISES.exercises().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exercises")
    void theStarterIsCaughtAndTheSolutionVerified(Exercise exercise) {
        ExerciseReport report = CHECKER.check(exercise);
        assertThat(report.messages()).as(exercise.id()).isEmpty();
        assertThat(report.passed()).isTrue();
        assertThat(report.checked()).hasSize(2);
        assertThat(report.checked().get(0)).startsWith("starter caught: ");
        assertThat(report.checked().get(1)).startsWith("solution verified: ").contains("no failure");
    }

    @org.junit.jupiter.api.Test
    void everyLessonHasAnExercise() {
        List<String> lessons = EXERCISES.exercises().stream().map(Exercise::lessonId).distinct().toList();
        assertThat(EXERCISES.exercises()).hasSizeGreaterThanOrEqualTo(10);
        assertThat(lessons).containsExactlyInAnyOrderElementsOf(LessonCatalog.load(Path.of("lessons"), "lessons").ids());
    }
}
