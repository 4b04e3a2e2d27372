package concur.check;

import java.util.List;

/** Everything one {@code concur check} found: its lessons, the exercises and the scheduler-game levels in them. */
public record CheckResults(List<LessonReport> lessons, List<ExerciseReport> exercises, List<LevelReport> levels) {

    public CheckResults {
        lessons = List.copyOf(lessons);
        exercises = List.copyOf(exercises);
        levels = List.copyOf(levels);
    }

    public static CheckResults ofLessons(List<LessonReport> lessons) {
        return new CheckResults(lessons, List.of(), List.of());
    }

    /** Whether every lesson, exercise and level passed: the exit code of check. */
    public boolean passed() {
        return lessons.stream().allMatch(LessonReport::passed) && exercises.stream().allMatch(ExerciseReport::passed)
                && levels.stream().allMatch(LevelReport::passed);
    }
}
