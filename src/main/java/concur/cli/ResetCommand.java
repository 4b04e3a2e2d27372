package concur.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** concur reset: forget progress. */
@Command(name = "reset", description = "Forget your progress in one lesson, or in all of them.")
final class ResetCommand implements Callable<Integer> {
    private final App app;

    @Parameters(paramLabel = "<lesson>", arity = "0..1", description = "The lesson to forget; all lessons when left out.")
    String lesson;

    ResetCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        String id = lesson == null ? null : app.lesson(lesson).id();
        if (!app.progress().reset(id)) {
            return ExitCode.FAILED;
        }
        app.console().out().println(id == null ? "Progress in every lesson forgotten." : "Progress in " + id + " forgotten.");
        app.console().out().flush();
        return ExitCode.OK;
    }
}
