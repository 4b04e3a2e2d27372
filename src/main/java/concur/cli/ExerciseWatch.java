package concur.cli;

import concur.console.Style;
import concur.exercise.Exercise;
import concur.exercise.OwnWorkingCopies;
import concur.render.TextWrap;
import concur.verify.VerdictFormat;
import concur.verify.Verification;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;
import org.jline.utils.NonBlockingReader;

/**
 * Watches one working copy at a terminal: each save is compiled and verified, and the screen is drawn anew for it,
 * rustlings-style: the exercise and its task (when they fit above the verdict), which try this is and when it was
 * saved, the verdict, and one line of keys. Keys ask for hints, the solution, the editor and more; a key that means
 * nothing here is answered with the keys that do.
 */
final class ExerciseWatch {
    private static final long POLL_MILLIS = 250;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");
    static final String KEYS = "h hint  s solution  e editor  t task  r starter  n next  q quit";

    private final App app;
    private final Exercise exercise;
    private final Path path;
    private final OwnWorkingCopies copies;
    private final Terminal terminal;
    private final Editor editor;
    private final PrintWriter out;
    private final Style style;
    private int tries;

    ExerciseWatch(App app, Exercise exercise, OwnWorkingCopies copies, Terminal terminal, Editor editor) {
        this.app = app;
        this.exercise = exercise;
        this.path = copies.of(exercise);
        this.copies = copies;
        this.terminal = terminal;
        this.editor = editor;
        this.out = app.console().out();
        this.style = app.console().style();
    }

    /** Returns the exercise to go on with (n), or null to stop. */
    Exercise run() {
        Attributes saved = terminal.enterRawMode();
        try {
            Object seen = stamp();
            verify(false);
            NonBlockingReader reader = terminal.reader();
            while (true) {
                int c = reader.read(POLL_MILLIS);
                if (c == NonBlockingReader.READ_EXPIRED) {
                    Object now = stamp();
                    if (!Objects.equals(now, seen)) {
                        seen = now;
                        verify(true);
                    }
                    continue;
                }
                switch (c) {
                    case -1, 3, 4, 'q', 'Q' -> {
                        return null;
                    }
                    case 'h', 'H' -> hint();
                    case 's', 'S' -> solution(reader);
                    case 't', 'T' -> task();
                    case 'e', 'E' -> edit(saved);
                    case 'r', 'R' -> {
                        if (confirm(reader, "Put the starter back? Your changes to " + path.getFileName() + " are lost.")) {
                            copies.restart(exercise);
                            out.println("The starter is back in " + path);
                        }
                    }
                    case 'n', 'N' -> {
                        Optional<Exercise> next = nextUnsolved();
                        if (next.isPresent()) {
                            out.println();
                            return next.get();
                        }
                        out.println("Every other exercise is solved; q leaves the watch.");
                    }
                    case '\r', '\n', ' ' -> {
                        continue; // a habit, not a request: nothing to say
                    }
                    default -> out.println(style.yellow(describe(c) + " is not a key here.") + " Keys: " + KEYS);
                }
                out.flush();
            }
        } catch (IOException e) {
            app.console().err().println("concur: " + e.getMessage());
            return null;
        } finally {
            terminal.setAttributes(saved);
            out.flush();
        }
    }

    private static String describe(int c) {
        return c >= 32 && c < 127 ? "'" + (char) c + "'" : "That key";
    }

    /** The next exercise in course order not solved yet, going round to the first; empty when all others are solved. */
    private Optional<Exercise> nextUnsolved() {
        List<Exercise> all = app.exercises().exercises();
        int at = all.indexOf(exercise);
        for (int k = 1; k < all.size(); k++) {
            Exercise candidate = all.get((at + k) % all.size());
            if (!app.progress().exercise(candidate.id()).solved()) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
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

    /** Verifies the working copy; a save after the first draws the screen anew. */
    private void verify(boolean redraw) {
        String source;
        try {
            source = Files.readString(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            out.println(style.yellow("Cannot read " + path + ": waiting for it to be saved."));
            out.flush();
            return;
        }
        tries++;
        String when = LocalTime.now().format(CLOCK);
        out.println();
        ProgressLine progress = new ProgressLine(app.console());
        Verification v = app.verifier().verify(exercise, source, progress);
        progress.clear();
        List<String> verdict = new ArrayList<>(VerdictFormat.text(v, style, width()).lines().toList());
        app.progress().recordAttempt(exercise.id(), v.passed() && copies.owns(exercise)); // a copy made elsewhere is no solve
        if (v.passed()) {
            verdict.add("");
            verdict.add(style.bold("How the reference solution does it"));
            verdict.addAll(indented(exercise.why()));
        }
        String heading = style.bold("Try " + tries) + style.dim(" · " + (tries == 1 ? "started" : "saved") + " at " + when);
        if (redraw) {
            List<String> top = new ArrayList<>();
            top.add(style.bold(exercise.title()) + style.dim("  (" + exercise.id() + ")"));
            taskLines().forEach(top::add);
            // the task goes above the verdict when both fit on the screen; else t shows it
            boolean fits = top.size() + verdict.size() + 4 <= terminal.getHeight() || terminal.getHeight() <= 0;
            out.print("\033[H\033[2J");
            if (fits) {
                top.forEach(out::println);
                out.println();
            }
        }
        out.println(heading);
        verdict.forEach(out::println);
        keys();
    }

    private int width() {
        return app.console().width();
    }

    private List<String> taskLines() {
        List<String> lines = new ArrayList<>();
        for (String paragraph : exercise.task().split("\n\n")) {
            lines.addAll(indented(paragraph));
        }
        return lines;
    }

    /** A paragraph word-wrapped two columns in from the edge. */
    private List<String> indented(String paragraph) {
        return TextWrap.wrap(paragraph.replace('\n', ' '), width() - 2).stream().map(line -> "  " + line).toList();
    }

    private void keys() {
        TextWrap.wrap("Watching " + path.getFileName() + ": save to verify again.  " + KEYS, width())
                .forEach(line -> out.println(style.dim(line)));
        out.flush();
    }

    private void task() {
        out.println(style.bold(exercise.title()) + style.dim("  (" + exercise.id() + ", lesson " + exercise.lessonId() + ")"));
        taskLines().forEach(out::println);
        out.println("Your working copy: " + style.cyan(path.toString()));
    }

    private void hint() {
        int used = app.progress().exercise(exercise.id()).hintsUsed();
        int next = Math.min(used, exercise.hints().size() - 1);
        String label = "Hint " + (next + 1) + " of " + exercise.hints().size() + ": ";
        List<String> lines = TextWrap.wrap(label + exercise.hints().get(next), width() - 2);
        String first = lines.get(0);
        out.println(style.bold(label.strip()) + (first.length() > label.length() ? " " + first.substring(label.length()) : ""));
        lines.subList(1, lines.size()).forEach(l -> out.println("  " + l));
        app.progress().recordHints(exercise.id(), next + 1);
    }

    /** Opens the working copy in the learner's editor, the terminal handed over to it until it exits. */
    private void edit(Attributes cooked) {
        Optional<List<String>> command = editor.command(path);
        if (command.isEmpty()) {
            out.println("Set VISUAL or EDITOR to open it from here (export EDITOR=nano); it is at " + style.cyan(path.toString()));
            return;
        }
        out.flush();
        Attributes raw = terminal.getAttributes();
        terminal.setAttributes(cooked);
        try {
            int code = new ProcessBuilder(command.get()).inheritIO().start().waitFor();
            if (code != 0) {
                out.println(style.yellow("The editor (" + editor.name() + ") exited with " + code + "."));
            }
        } catch (IOException e) {
            out.println(style.yellow("Cannot start the editor " + editor.name() + ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            terminal.setAttributes(raw);
        }
    }

    private void solution(NonBlockingReader reader) throws IOException {
        boolean solved = app.progress().exercise(exercise.id()).solved();
        if (!solved && !confirm(reader, "Show the reference solution before you have solved it?")) {
            return;
        }
        out.println(style.bold("Reference solution") + style.dim(" (" + exercise.fileName() + ")"));
        exercise.solution().lines().forEach(l -> out.println("  " + l));
        out.println(style.bold("Why it works"));
        indented(exercise.why()).forEach(out::println);
    }

    private boolean confirm(NonBlockingReader reader, String question) throws IOException {
        out.print(question + " (y/n) ");
        out.flush();
        int c = reader.read();
        out.println(c == 'y' || c == 'Y' ? "yes" : "no");
        return c == 'y' || c == 'Y';
    }
}
