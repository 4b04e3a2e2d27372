package concur.cli;

import concur.console.Console;
import concur.console.Style;
import concur.exercise.Exercise;
import concur.exercise.OwnWorkingCopies;
import concur.exercise.UnknownExerciseException;
import concur.progress.ExerciseProgress;
import concur.render.Listing;
import concur.render.TextWrap;
import concur.verify.VerdictFormat;
import concur.verify.Verification;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * concur exercise: lists the exercises, or starts one: writes its starter into the working copy (never over the
 * learner's edits), prints the task and the path, and on a terminal watches the file, verifying each save.
 */
@Command(name = "exercise", description = {
    "List the exercises, or start one: its working copy, its task, and on a terminal a watch that verifies each save.",
    "Keys while watching: h next hint, s solution, r back to the starter, n next exercise, q quit."})
final class ExerciseCommand implements Callable<Integer> {
    private static final long POLL_MILLIS = 250;
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
            console.err().println("concur: " + e.getMessage());
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
            exercise = new Watch(exercise, copies.of(exercise), copies, terminal.get()).run();
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
        TextWrap.wrap("Open it in any editor; verify it with: concur verify " + exercise.id()
                + workingCopies.asTyped(), app.console().width()).forEach(out::println);
        out.flush();
        return true;
    }

    /** Watches one working copy: each save is compiled and verified; keys ask for hints, the solution and more. */
    private final class Watch {
        private final Exercise exercise;
        private final Path path;
        private final OwnWorkingCopies copies;
        private final Terminal terminal;
        private final PrintWriter out;
        private final Style style;

        Watch(Exercise exercise, Path path, OwnWorkingCopies copies, Terminal terminal) {
            this.exercise = exercise;
            this.path = path;
            this.copies = copies;
            this.terminal = terminal;
            this.out = app.console().out();
            this.style = app.console().style();
        }

        /** Returns the exercise to go on with (n), or null to stop. */
        Exercise run() {
            Attributes saved = terminal.enterRawMode();
            try {
                Object seen = stamp();
                verify();
                keys();
                NonBlockingReader reader = terminal.reader();
                while (true) {
                    int c = reader.read(POLL_MILLIS);
                    if (c == NonBlockingReader.READ_EXPIRED) {
                        Object now = stamp();
                        if (!Objects.equals(now, seen)) {
                            seen = now;
                            verify();
                            keys();
                        }
                        continue;
                    }
                    switch (c) {
                        case -1, 3, 4, 'q', 'Q' -> {
                            return null;
                        }
                        case 'h', 'H' -> hint();
                        case 's', 'S' -> solution(reader);
                        case 'r', 'R' -> {
                            if (confirm(reader, "Put the starter back? Your changes to " + path.getFileName() + " are lost.")) {
                                copies.restart(exercise);
                                out.println("The starter is back in " + path);
                            }
                        }
                        case 'n', 'N' -> {
                            Optional<Exercise> next = app.exercises().after(exercise);
                            if (next.isPresent()) {
                                out.println();
                                return next.get();
                            }
                            out.println("That was the last exercise.");
                        }
                        default -> {
                            continue;
                        }
                    }
                    keys();
                }
            } catch (IOException e) {
                app.console().err().println("concur: " + e.getMessage());
                return null;
            } finally {
                terminal.setAttributes(saved);
                out.flush();
            }
        }

        /** What tells a save: the file's modification time and size (null while it is missing). */
        private Object stamp() {
            try {
                FileTime time = Files.getLastModifiedTime(path);
                return time.toMillis() + ":" + Files.size(path);
            } catch (IOException e) {
                return null;
            }
        }

        private void verify() {
            String source;
            try {
                source = Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                out.println(style.yellow("Cannot read " + path + ": waiting for it to be saved."));
                out.flush();
                return;
            }
            out.println();
            ProgressLine progress = new ProgressLine(app.console());
            Verification v = app.verifier().verify(exercise, source, progress);
            progress.clear();
            out.print(VerdictFormat.text(v, style, app.console().width()));
            app.progress().recordAttempt(exercise.id(), v.passed() && copies.owns(exercise));
            if (v.passed()) {
                out.println();
                out.println(style.bold("How the reference solution does it"));
                TextWrap.wrap(exercise.why().replace('\n', ' '), app.console().width() - 2).forEach(l -> out.println("  " + l));
            }
            out.flush();
        }

        private void keys() {
            TextWrap.wrap("Watching " + path.getFileName() + ": save to verify again.  h hint  s solution  r starter  n next"
                    + "  q quit", app.console().width()).forEach(line -> out.println(style.dim(line)));
            out.flush();
        }

        private void hint() {
            int used = app.progress().exercise(exercise.id()).hintsUsed();
            int next = Math.min(used, exercise.hints().size() - 1);
            out.println(style.bold("Hint " + (next + 1) + " of " + exercise.hints().size() + ": ")
                    + exercise.hints().get(next));
            app.progress().recordHints(exercise.id(), next + 1);
        }

        private void solution(NonBlockingReader reader) throws IOException {
            boolean solved = app.progress().exercise(exercise.id()).solved();
            if (!solved && !confirm(reader, "Show the reference solution before you have solved it?")) {
                return;
            }
            out.println(style.bold("Reference solution") + style.dim(" (" + exercise.fileName() + ")"));
            exercise.solution().lines().forEach(l -> out.println("  " + l));
            out.println(style.bold("Why it works"));
            TextWrap.wrap(exercise.why().replace('\n', ' '), app.console().width() - 2).forEach(l -> out.println("  " + l));
        }

        private boolean confirm(NonBlockingReader reader, String question) throws IOException {
            out.print(question + " (y/n) ");
            out.flush();
            int c = reader.read();
            out.println(c == 'y' || c == 'Y' ? "yes" : "no");
            return c == 'y' || c == 'Y';
        }
    }
}
