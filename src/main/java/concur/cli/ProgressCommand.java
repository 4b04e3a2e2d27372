package concur.cli;

import concur.catalog.Lesson;
import concur.console.Style;
import concur.progress.LessonProgress;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** concur progress: where the learner stands. */
@Command(name = "progress", description = "Show what you have done: demos seen, best quiz scores, lessons completed.")
final class ProgressCommand implements Callable<Integer> {
    private final App app;

    ProgressCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        PrintWriter out = app.console().out();
        Style style = app.console().style();
        Map<String, LessonProgress> progress = app.progress().load();
        int done = 0;
        out.println(style.bold(String.format("%-3s %-14s %-6s %-6s %s", "#", "lesson", "demo", "quiz", "status")));
        for (Lesson lesson : app.catalog().lessons()) {
            LessonProgress p = progress.getOrDefault(lesson.id(), LessonProgress.NONE);
            done += p.completed() ? 1 : 0;
            String demo = p.demoSeen() ? style.check() : "-";
            String quiz = p.quizTaken() ? p.bestScore() + "/" + p.questions() : "-";
            String status = p.completed() ? style.green("completed") : p.demoSeen() || p.quizTaken() ? "started" : "";
            out.println(String.format("%-3d %-14s %-6s %-6s %s", lesson.number(), lesson.id(), demo, quiz, status).stripTrailing());
        }
        out.println();
        out.println(done + " of " + app.catalog().lessons().size() + " lessons completed.");
        out.flush();
        return ExitCode.OK;
    }
}
