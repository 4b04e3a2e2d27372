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
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** concur progress: where the learner stands. */
@Command(name = "progress", description = "Show what you have done: each lesson's demos, quiz and levels, and your exercises.")
final class ProgressCommand implements Callable<Integer> {
    private static final String ROW = "%-3s %-14s %-5s %-6s %-7s %s";
    /** The table's width with its longest state; a narrower terminal gets each lesson as a heading and a line under it. */
    private static final int TABLE_WIDTH = String.format(ROW, "", "", "", "", "", "").length() + "seen in part".length();
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
        Set<String> won = app.progress().levelsWon();
        Set<String> leftInPart = app.progress().places().keySet();
        int done = 0;
        int levels = 0;
        int levelsWon = 0;
        boolean table = app.console().width() >= TABLE_WIDTH;
        if (table) {
            out.println(style.bold(String.format(ROW, "#", "lesson", "demo", "quiz", "levels", "state")));
        }
        for (Lesson lesson : app.catalog().lessons()) {
            LessonProgress p = progress.getOrDefault(lesson.id(), LessonProgress.NONE);
            done += p.completed() ? 1 : 0;
            long lessonWon = lesson.levelIds().stream().filter(won::contains).count();
            levels += lesson.levelIds().size();
            levelsWon += (int) lessonWon;
            String demo = p.demoSeen() ? style.check() : "-";
            String quiz = p.quizTaken() ? p.bestScore() + "/" + p.questions() : "-";
            String level = lesson.levelIds().isEmpty() ? "-" : lessonWon + "/" + lesson.levelIds().size();
            String state = state(p, leftInPart.contains(lesson.id()), style);
            if (table) {
                // the state may be coloured: it is the last column, so its escapes shift nothing
                out.println(String.format(ROW, lesson.number(), lesson.id(), demo, quiz, level, state));
            } else {
                int width = app.console().width();
                TextWrap.fit(lesson.number() + " " + style.bold(lesson.id()) + "  " + state, width, 2).forEach(out::println);
                TextWrap.fit("  demo " + demo + "  quiz " + quiz + (lesson.levelIds().isEmpty() ? "" : "  levels " + level),
                        width, 2).forEach(out::println);
            }
        }
        out.println();
        String total = done + " of " + app.catalog().lessons().size() + " lessons completed"
                + (levels == 0 ? "." : ". " + levelsWon + " of " + levels + " levels of the game won.");
        TextWrap.wrap(total, app.console().width() - 1).forEach(out::println);
        exercises(out, style);
        out.flush();
        return ExitCode.OK;
    }

    /**
     * Not started, seen in part (a demo seen or a quiz taken, but not both passed), or completed: what the progress
     * store keeps of a lesson.
     */
    private static String state(LessonProgress p, boolean leftInPart, Style style) {
        if (p.completed()) {
            return style.green("completed");
        }
        // a lesson left off before any demo ran is seen in part too: 'concur learn' goes on from where it was left
        return p.demoSeen() || p.quizTaken() || leftInPart ? style.yellow("seen in part") : style.dim("not started");
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
