package concur.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** concur quiz: the quiz alone. */
@Command(name = "quiz", description = "Take a lesson's quiz again. Without a terminal, answers are read one per line.")
final class QuizCommand implements Callable<Integer> {
    private final App app;

    @Parameters(paramLabel = "<lesson>", completionCandidates = CatalogIds.Lessons.class, description = "A lesson id, number or unique prefix of an id.")
    String lesson;

    QuizCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        return new LessonPlayer(app).quiz(app.lesson(lesson));
    }
}
