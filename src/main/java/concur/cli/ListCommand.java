package concur.cli;

import concur.catalog.Lesson;
import concur.console.Style;
import concur.progress.LessonProgress;
import concur.render.TextWrap;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** concur list: one lesson a line, the id first. */
@Command(name = "list", description = "List the lessons in order, with your progress.")
final class ListCommand implements Callable<Integer> {
    private static final int TITLE_MIN_WIDTH = 16;
    private final App app;

    ListCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        print(app, app.progress().load(), app.progress().levelsWon());
        return ExitCode.OK;
    }

    static void print(App app, Map<String, LessonProgress> progress, Set<String> levelsWon) {
        PrintWriter out = app.console().out();
        Style style = app.console().style();
        int width = app.console().width();
        for (Lesson lesson : app.catalog().lessons()) {
            LessonProgress p = progress.getOrDefault(lesson.id(), LessonProgress.NONE);
            String mark = p.completed() ? style.green(style.check() + " done")
                    : p.demoSeen() || p.quizTaken() ? style.yellow("started") : "";
            mark += levels(lesson, levelsWon);
            String line = String.format("%-14s %d  %-42s %s", lesson.id(), lesson.number(), lesson.title(), mark).stripTrailing();
            if (TextWrap.visibleLength(line) <= width) {
                out.println(line);
            } else {
                narrow(out, lesson, mark, width);
            }
        }
        out.flush();
    }

    /**
     * A terminal too narrow for the one-line layout: the id and number still lead, the title wraps in its own column
     * (or under the id when even that column would be too narrow), and the mark goes on a line under it.
     */
    private static void narrow(PrintWriter out, Lesson lesson, String mark, int width) {
        String head = String.format("%-14s %d  ", lesson.id(), lesson.number());
        int column = head.length();
        if (width - column >= TITLE_MIN_WIDTH) {
            List<String> title = TextWrap.wrap(lesson.title(), width - column);
            for (int i = 0; i < title.size(); i++) {
                out.println((i == 0 ? head : " ".repeat(column)) + title.get(i));
            }
        } else {
            out.println(lesson.id() + " " + lesson.number());
            TextWrap.wrap(lesson.title(), width - 2).forEach(line -> out.println("  " + line));
        }
        if (!mark.isEmpty()) {
            out.println(" ".repeat(width - column >= TITLE_MIN_WIDTH ? column : 2) + mark);
        }
    }

    /** How many of a lesson's game levels are won, such as "  levels 1/4"; nothing for a lesson without levels. */
    private static String levels(Lesson lesson, Set<String> won) {
        if (lesson.levels().isEmpty()) {
            return "";
        }
        long count = lesson.levels().stream().filter(l -> won.contains(l.id())).count();
        return "  levels " + count + "/" + lesson.levels().size();
    }
}
