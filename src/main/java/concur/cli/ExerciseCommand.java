package concur.cli;

import concur.console.Console;
import concur.console.Style;
import concur.exercise.Exercise;
import concur.exercise.UnknownExerciseException;
import concur.exercise.OwnWorkingCopies;
import concur.progress.ExerciseProgress;
import concur.render.Listing;
import concur.render.TextWrap;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jline.terminal.Terminal;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * concur exercise: lists the exercises, or starts one: writes its starter into the working copy (never over the
 * learner's edits), prints the task and the path, and on a terminal watches the file, verifying each save.
 */
@Command(name = "exercise", description = {
    "List the exercises, or start one: its working copy, its task, and on a terminal a watch that verifies each save.",
    "Keys while watching: h next hint, s solution, e open it in $VISUAL or $EDITOR, t the task again, r back to the starter, n next exercise not solved, q quit."})
final class ExerciseCommand implements Callable<Integer> {
    private final App app;

    @Parameters(paramLabel = "<exercise>", completionCandidates = CatalogIds.Exercises.class, arity = "0..1", description = "The exercise to start, such as counter.")
    String name;

    @Mixin
    WorkingCopyOption workingCopies;

    ExerciseCommand(App app) {
        this.app = app;
    }

    @Override
    public Integer call() {
        Console console = app.console();
        PrintWriter out = console.out();
        if (name == null) {
            Map<String, ExerciseProgress> progress = app.progress().exercises();
            int titles = app.exercises().exercises().stream().mapToInt(e -> e.title().length()).max().orElse(0);
            for (Exercise e : app.exercises().exercises()) {
                ExerciseProgress p = progress.getOrDefault(e.id(), ExerciseProgress.NONE);
                String mark = p.solved() ? console.style().green("solved") : p.attempts() > 0 ? "not solved yet" : "not started";
                String head = String.format("%-10s %-14s ", e.id(), e.lessonId());
                String wide = String.format("%s%-" + titles + "s  %s", head, e.title(), mark);
                Listing.lines(wide, head, e.title(), mark, console.listingWidth()).forEach(out::println);
            }
            out.flush();
            return ExitCode.OK;
        }
        Exercise exercise;
        try {
            exercise = app.exercises().resolve(name);
        } catch (UnknownExerciseException e) {
            console.err().println("concur: " + e.message(app::command));
            console.err().flush();
            return ExitCode.USAGE;
        }
        OwnWorkingCopies copies = new OwnWorkingCopies(workingCopies.copies(app.env()), app.progress());
        Optional<Terminal> terminal = console.terminal();
        while (exercise != null) {
            if (!introduce(exercise, copies)) {
                return ExitCode.FAILED;
            }
            if (terminal.isEmpty()) {
                return ExitCode.OK; // no person to watch for: the task and the path are what is needed
            }
            exercise = new ExerciseWatch(app, exercise, copies, terminal.get(), Editor.of(app.env())).run();
        }
        return ExitCode.OK;
    }

    /** Writes the starter if there is no working copy yet, then prints where it is and the task. */
    private boolean introduce(Exercise exercise, OwnWorkingCopies copies) {
        PrintWriter out = app.console().out();
        Style style = app.console().style();
        Path path = copies.of(exercise);
        OwnWorkingCopies.Started started;
        try {
            started = copies.start(exercise);
        } catch (IOException e) {
            app.console().err().println("concur: cannot write the working copy " + path + ": " + e.getMessage());
            app.console().err().flush();
            return false;
        }
        out.println(style.bold(exercise.title()) + style.dim("  (" + exercise.id() + ", lesson " + exercise.lessonId() + ")"));
        out.println();
        for (String paragraph : exercise.task().split("\n\n")) {
            TextWrap.wrap(paragraph.replace('\n', ' '), app.console().width() - 2).forEach(line -> out.println("  " + line));
            out.println();
        }
        started.setAside().ifPresent(aside -> TextWrap.wrap("There was a " + path.getFileName() + " there that concur did"
                + " not write for you (made under another home, or before your progress was deleted), so it cannot count"
                + " as your solve: it is kept as " + aside.getFileName() + ".", app.console().width()).forEach(out::println));
        out.println((started.found() == OwnWorkingCopies.Found.OWN ? "Your working copy (kept as you left it): "
                : "Wrote the starter to ") + style.cyan(path.toString()));
        TextWrap.wrap("Open it in any editor; verify it with: " + app.command("verify " + exercise.id())
                + workingCopies.asTyped(), app.console().width()).forEach(out::println);
        out.flush();
        return true;
    }
}
