package concur.cli;

import concur.catalog.Lesson;
import concur.exercise.ExerciseCatalog;
import concur.progress.LessonProgress;
import java.util.Map;
import java.util.Set;

/**
 * What the learner has to do next, in course order: the first lesson not completed, then the first exercise not
 * solved, then the first level of the game not won. {@code next}, a bare {@code learn} and the home all ask here.
 */
sealed interface NextStep {
    record TakeLesson(Lesson lesson) implements NextStep {}

    record SolveExercise(String id, Lesson lesson) implements NextStep {}

    record WinLevel(String id, Lesson lesson) implements NextStep {}

    record Done() implements NextStep {}

    static NextStep of(App app, Map<String, LessonProgress> progress, Set<String> levelsWon) {
        for (Lesson lesson : app.catalog().lessons()) {
            if (!progress.getOrDefault(lesson.id(), LessonProgress.NONE).completed()) {
                return new TakeLesson(lesson);
            }
        }
        Set<String> solved = ListCommand.solvedExercises(app);
        for (Lesson lesson : app.catalog().lessons()) {
            for (String exercise : ExerciseCatalog.ids(lesson)) {
                if (!solved.contains(exercise)) {
                    return new SolveExercise(exercise, lesson);
                }
            }
        }
        for (Lesson lesson : app.catalog().lessons()) {
            for (String level : lesson.levelIds()) {
                if (!levelsWon.contains(level)) {
                    return new WinLevel(level, lesson);
                }
            }
        }
        return new Done();
    }

    /** The next step from the progress saved now. */
    static NextStep of(App app) {
        return of(app, app.progress().load(), app.progress().levelsWon());
    }
}
