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
        for (Lesson lesson : app.catalog().lessons()) {
            LessonProgress p = progress.getOrDefault(lesson.id(), LessonProgress.NONE);
            String status = p.completed() ? style.green(style.check() + " done")
                    : p.demoSeen() || p.quizTaken() ? style.yellow("started") : "";
            String mark = String.join("  ", java.util.stream.Stream.of(status, exercises(lesson, solved), levels(lesson, levelsWon))
                    .filter(part -> !part.isEmpty()).toList());
            // (no String.format: its first use costs the home's first screen about 10 ms)
            String head = TextWrap.padRight(lesson.id(), 14) + " " + lesson.number() + "  ";
            String wide = (head + TextWrap.padRight(lesson.title(), 42) + " " + mark).stripTrailing();
            Listing.lines(wide, head, lesson.title(), mark, app.console().listingWidth()).forEach(out::println);
        }
        out.flush();
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
