package concur.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** concur learn: the whole lesson. */
@Command(name = "learn", description = "Take a lesson: read, watch its demo run on real threads, then a quiz.")
final class LearnCommand implements Callable<Integer> {
    private final App app;

    @Parameters(paramLabel = "<lesson>", description = "A lesson id, number or unique prefix of an id.")
    String lesson;

    LearnCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        return new LessonPlayer(app).learn(app.lesson(lesson));
    }
}
