package concur.cli;

import concur.catalog.Lesson;
import concur.console.Style;
import concur.render.TextWrap;
import concur.progress.LessonProgress;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** concur progress: where the learner stands. */
@Command(name = "progress", description = "Show what you have done: demos seen, best quiz scores, lessons completed.")
final class ProgressCommand implements Callable<Integer> {
    private static final int TABLE_WIDTH = 42;
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
        // the table takes 42 columns; a narrower terminal gets each lesson as a heading and a line under it
        boolean table = app.console().width() >= TABLE_WIDTH;
        if (table) {
            out.println(style.bold(String.format("%-3s %-14s %-6s %-6s %s", "#", "lesson", "demo", "quiz", "status")));
        }
        for (Lesson lesson : app.catalog().lessons()) {
            LessonProgress p = progress.getOrDefault(lesson.id(), LessonProgress.NONE);
            done += p.completed() ? 1 : 0;
            String demo = p.demoSeen() ? style.check() : "-";
            String quiz = p.quizTaken() ? p.bestScore() + "/" + p.questions() : "-";
            String status = p.completed() ? style.green("completed") : p.demoSeen() || p.quizTaken() ? "started" : "";
            if (table) {
                out.println(String.format("%-3d %-14s %-6s %-6s %s", lesson.number(), lesson.id(), demo, quiz, status).stripTrailing());
            } else {
                out.println(lesson.number() + " " + style.bold(lesson.id()));
                out.println("  demo " + demo + "  quiz " + quiz);
                if (!status.isEmpty()) {
                    out.println("  " + status);
                }
            }
        }
        out.println();
        TextWrap.wrap(done + " of " + app.catalog().lessons().size() + " lessons completed.", app.console().width() - 1)
                .forEach(out::println);
        out.flush();
        return ExitCode.OK;
    }
}
