package concur.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** concur run: the demos alone. */
@Command(name = "run", description = "Run a lesson's demos only, with each thread's output streaming live.")
final class RunCommand implements Callable<Integer> {
    private final App app;

    @Parameters(paramLabel = "<lesson>", description = "A lesson id, number or unique prefix of an id.")
    String lesson;

    RunCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        return new LessonPlayer(app).runDemos(app.lesson(lesson));
    }
}
