package concur.cli;

import concur.catalog.Lesson;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** concur quiz: the quiz alone. */
@Command(name = "quiz", description = "Take a lesson's quiz again. Without a terminal, answers are read one per line.")
final class QuizCommand implements Callable<Integer> {
    private final App app;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "<lesson>", arity = "0..1", completionCandidates = CatalogIds.Lessons.class,
            description = "A lesson id, number or unique prefix of an id; left out, the first lesson not completed.")
    String lesson;

    QuizCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        Lesson quizzed;
        if (lesson != null) {
            quizzed = app.lesson(lesson);
        } else if (NextStep.of(app) instanceof NextStep.TakeLesson next) {
            quizzed = next.lesson();
        } else {
            throw new ParameterException(spec.commandLine(), "every lesson is completed: name the quiz to take again, as in '"
                    + app.command("quiz " + app.catalog().lessons().get(0).id()) + "'");
        }
        return new LessonPlayer(app).quiz(quizzed);
    }
}
