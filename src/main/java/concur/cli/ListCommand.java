package concur.cli;

import concur.catalog.Lesson;
import concur.console.Style;
import concur.exercise.ExerciseCatalog;
import concur.progress.LessonProgress;
import concur.render.Listing;
import concur.render.TextWrap;
import java.io.PrintWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** concur list: one lesson a line, the id first. */
@Command(name = "list", description = "List the lessons in order, with your progress.")
final class ListCommand implements Callable<Integer> {
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
        Set<String> solved = solvedExercises(app);
        List<Lesson> lessons = app.catalog().lessons();
        // each column of the mark is as wide as its widest entry, so that a status does not push the counts along
        List<List<String>> marks = lessons.stream().map(lesson -> List.of(
                status(progress.getOrDefault(lesson.id(), LessonProgress.NONE), style),
                exercises(lesson, solved), levels(lesson, levelsWon))).toList();
        int[] widths = new int[3];
        for (List<String> mark : marks) {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], TextWrap.visibleLength(mark.get(column)));
            }
        }
        int digits = String.valueOf(lessons.size()).length();
        for (int i = 0; i < lessons.size(); i++) {
            Lesson lesson = lessons.get(i);
            StringBuilder mark = new StringBuilder();
            for (int column = 0; column < widths.length; column++) {
                if (widths[column] > 0) {
                    String part = marks.get(i).get(column);
                    mark.append(part).append(" ".repeat(widths[column] - TextWrap.visibleLength(part) + 2));
                }
            }
            String marked = mark.toString().stripTrailing();
            // (no String.format: its first use costs the home's first screen about 10 ms)
            String number = String.valueOf(lesson.number());
            String head = TextWrap.padRight(lesson.id(), 14) + " " + " ".repeat(digits - number.length()) + number + "  ";
            String wide = (head + TextWrap.padRight(lesson.title(), 42) + " " + marked).stripTrailing();
            Listing.lines(wide, head, lesson.title(), marked, app.console().listingWidth()).forEach(out::println);
        }
        out.flush();
    }

    private static String status(LessonProgress p, Style style) {
        return p.completed() ? style.green(style.check() + " done") : p.demoSeen() || p.quizTaken() ? style.yellow("started") : "";
    }

    static Set<String> solvedExercises(App app) {
        Set<String> solved = new HashSet<>();
        app.progress().exercises().forEach((id, p) -> {
            if (p.solved()) {
                solved.add(id);
            }
        });
        return solved;
    }

    /** How many of a lesson's exercises are solved, such as "exercises 1/3"; nothing for a lesson without any. */
    private static String exercises(Lesson lesson, Set<String> solved) {
        List<String> ids = ExerciseCatalog.ids(lesson);
        if (ids.isEmpty()) {
            return "";
        }
        return "exercises " + ids.stream().filter(solved::contains).count() + "/" + ids.size();
    }

    /** How many of a lesson's game levels are won, such as "levels 1/4"; nothing for a lesson without levels. */
    private static String levels(Lesson lesson, Set<String> won) {
        List<String> ids = lesson.levelIds();
        if (ids.isEmpty()) {
            return "";
        }
        return "levels " + ids.stream().filter(won::contains).count() + "/" + ids.size();
    }
}
