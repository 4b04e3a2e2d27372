package concur.cli;

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
        NextStep next = NextStep.of(app);
        if (next instanceof NextStep.TakeLesson take) {
            return new LessonPlayer(app).learn(take.lesson());
        }
        String then = switch (next) {
            case NextStep.SolveExercise exercise -> "Exercise " + exercise.id() + " (" + exercise.lesson().id()
                    + ") is not solved yet: " + app.command("exercise " + exercise.id());
            case NextStep.WinLevel level -> "Every exercise is solved too. Level " + level.id() + " of the game ("
                    + level.lesson().id() + ") is not won yet: " + app.command("play " + level.id());
            default -> "'" + app.command("reset") + "' starts over.";
        };
        app.console().out().println("Every lesson is completed. " + then);
        app.console().out().flush();
        return ExitCode.OK;
    }
}
