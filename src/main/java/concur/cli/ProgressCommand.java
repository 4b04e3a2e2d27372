package concur.cli;

import concur.catalog.ContentException;
import concur.catalog.Lesson;
import concur.exercise.Exercise;
import concur.progress.ExerciseProgress;
import concur.console.Style;
import concur.render.TextWrap;
import concur.progress.LessonProgress;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** concur progress: where the learner stands. */
@Command(name = "progress", description = "Show what you have done: demos seen, best quiz scores, lessons completed.")
final class ProgressCommand implements Callable<Integer> {
    private static final int TABLE_WIDTH = 42;
    private static final int EXERCISE_TABLE_WIDTH = 50;
    private final App app;

    ProgressCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        PrintWriter out = app.console().out();
        Style style = app.console().style();
        Map<String, LessonProgress> progress = app.progress().load();
        Map<String, Integer> leftInPart = app.progress().places();
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
            // a lesson left off before its quiz says so: 'concur learn' goes on from there
            String status = p.completed() ? style.green("completed") : leftInPart.containsKey(lesson.id()) ? "in part"
                    : p.demoSeen() || p.quizTaken() ? "started" : "";
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
        exercises(out, style);
        out.flush();
        return ExitCode.OK;
    }

    private void exercises(PrintWriter out, Style style) {
        List<Exercise> exercises;
        try {
            exercises = app.exercises().exercises();
        } catch (ContentException e) {
            return; // concur check reports broken exercise content
        }
        if (exercises.isEmpty()) {
            return;
        }
        Map<String, ExerciseProgress> progress = app.progress().exercises();
        out.println();
        boolean table = app.console().width() >= EXERCISE_TABLE_WIDTH;
        if (table) {
            out.println(style.bold(String.format("%-12s %-14s %-8s %-6s %s", "exercise", "lesson", "tries", "hints", "status")));
        }
        int solved = 0;
        for (Exercise e : exercises) {
            ExerciseProgress p = progress.getOrDefault(e.id(), ExerciseProgress.NONE);
            solved += p.solved() ? 1 : 0;
            String status = p.solved() ? style.green("solved") : p.attempts() > 0 ? "started" : "";
            if (table) {
                out.println(String.format("%-12s %-14s %-8d %-6d %s", e.id(), e.lessonId(), p.attempts(), p.hintsUsed(), status)
                        .stripTrailing());
            } else {
                TextWrap.fit(style.bold(e.id()) + " (" + e.lessonId() + ")", app.console().width(), 2).forEach(out::println);
                out.println("  tries " + p.attempts() + "  hints " + p.hintsUsed());
                if (!status.isEmpty()) {
                    out.println("  " + status);
                }
            }
        }
        out.println();
        TextWrap.wrap(solved + " of " + exercises.size() + " exercises solved.", app.console().width() - 1).forEach(out::println);
    }
}
