package concur.cli;

import concur.catalog.Lesson;
import concur.exercise.ExerciseCatalog;
import concur.progress.LessonProgress;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** concur next: carry on where the learner left off. */
@Command(name = "next", description = "Take the first lesson you have not completed yet.")
final class NextCommand implements Callable<Integer> {
    private final App app;

    NextCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        Map<String, LessonProgress> progress = app.progress().load();
        for (Lesson lesson : app.catalog().lessons()) {
            if (!progress.getOrDefault(lesson.id(), LessonProgress.NONE).completed()) {
                return new LessonPlayer(app).learn(lesson);
            }
        }
        Set<String> solved = ListCommand.solvedExercises(app);
        for (Lesson lesson : app.catalog().lessons()) {
            for (String exercise : ExerciseCatalog.ids(lesson)) {
                if (!solved.contains(exercise)) {
                    app.console().out().println("Every lesson is completed. Exercise " + exercise + " (" + lesson.id()
                            + ") is not solved yet: concur exercise " + exercise);
                    app.console().out().flush();
                    return ExitCode.OK;
                }
            }
        }
        app.console().out().println("Every lesson is completed. 'concur reset' starts over.");
        app.console().out().flush();
        return ExitCode.OK;
    }
}
