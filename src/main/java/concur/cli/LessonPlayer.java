package concur.cli;

import concur.catalog.DemoSpec;
import concur.catalog.Lesson;
import concur.catalog.LevelSpec;
import concur.catalog.Outcomes;
import concur.catalog.Question;
import concur.catalog.Prose;
import concur.console.Console;
import concur.console.Style;
import concur.game.GamePlayer;
import concur.game.Interpreter;
import concur.game.LevelParser;
import concur.catalog.ContentException;
import concur.exercise.Exercise;
import concur.quiz.AnswerSource;
import concur.quiz.LineAnswers;
import concur.quiz.QuizResult;
import concur.quiz.QuizSession;
import concur.quiz.TerminalAnswers;
import concur.render.ProseFormat;
import concur.render.TextWrap;
import concur.runner.DemoOutcome;
import concur.runner.Cancellation;
import concur.runner.DemoResult;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jline.keymap.BindingReader;
import org.jline.terminal.Attributes;
import org.jline.terminal.Terminal;

/** Takes a learner through a lesson: prose, each demo where the prose runs it, then the quiz; records progress. */
final class LessonPlayer {
    private final App app;
    private final Console console;
    private final Style style;
    private final PrintWriter out;
    private final PlayOptions options;

    LessonPlayer(App app) {
        this(app, PlayOptions.LEARNER);
    }

    LessonPlayer(App app, PlayOptions options) {
        this.app = app;
        this.options = options;
        this.console = app.console();
        this.style = console.style();
        this.out = console.out();
    }

    /**
     * Runs {@code body} with Ctrl-C caught for its whole length, not only while a demo runs (the demo's own handler
     * takes over then): a Ctrl-C between two demos stops the lesson with a word instead of ending the JVM.
     */
    private int withCtrlC(java.util.function.ToIntFunction<Cancellation> body) {
        Cancellation stop = new Cancellation();
        Optional<Terminal> terminal = console.terminal();
        Terminal.SignalHandler previous = terminal.map(t -> t.handle(Terminal.Signal.INT, signal -> stop.cancel())).orElse(null);
        try {
            return body.applyAsInt(stop);
        } finally {
            terminal.ifPresent(t -> t.handle(Terminal.Signal.INT, previous));
        }
    }

    /** The whole lesson. */
    int learn(Lesson lesson) {
        return withCtrlC(stop -> learn(lesson, stop));
    }

    private int learn(Lesson lesson, Cancellation stop) {
        lesson.quiz(); // broken content is reported before the lesson starts, not at its end
        header(lesson);
        ProseFormat prose = new ProseFormat(style, console.width());
        boolean allDemosRan = true;
        for (Prose.Part part : lesson.prose().parts()) {
            switch (part) {
                case Prose.Text text -> {
                    if (options.prose() && !page(prose.format(text.markdown()))) {
                        return stopped(lesson);
                    }
                }
                case Prose.PlayLevel play -> {
                    if (!offerLevel(lesson, play.levelId())) {
                        return stopped(lesson);
                    }
                }
                case Prose.RunDemo run -> {
                    DemoSpec demo = lesson.demo(run.demoId()).orElseThrow();
                    Prediction prediction = predict(demo);
                    if (stop.isCancelled() || prediction.stopped()
                            || prediction.picks().isEmpty() && !waitForEnter("Press Enter to run the demo")) {
                        return stopped(lesson);
                    }
                    DemoResult result = new DemoPresenter(app, options.pace(), options.timeline())
                            .present(lesson, demo, true, prediction.picks());
                    if (result.outcome() == DemoOutcome.INTERRUPTED) {
                        return stopped(lesson);
                    }
                    allDemosRan &= result.completed();
                    if (!waitForEnter("Press Enter to go on")) {
                        return stopped(lesson);
                    }
                }
            }
        }
        out.flush();
        if (allDemosRan) {
            app.progress().recordDemoSeen(lesson.id());
        }
        if (!waitForEnter("Press Enter for the quiz")) {
            return stopped(lesson);
        }
        quiz(lesson);
        return allDemosRan ? ExitCode.OK : ExitCode.FAILED;
    }

    /**
     * Offers a level of the scheduler game where the prose says {@code @play}: Enter goes on, p plays it first (its
     * Java is parsed only then). False when the learner stopped.
     */
    private boolean offerLevel(Lesson lesson, String levelId) {
        java.util.Optional<LevelSpec> found = lesson.level(levelId);
        if (found.isEmpty()) {
            // a broken level file: said on stderr, and the lesson goes on without it
            lesson.levelErrors().forEach(e -> console.err().println("concur: " + e));
            console.err().flush();
            return true;
        }
        LevelSpec level = found.get();
        out.println(style.bold("Be the scheduler: " + level.title()));
        TextWrap.wrap(level.goal() + "  (concur play " + level.id() + ")", console.width()).forEach(out::println);
        char key = pause("Press Enter to go on, p to play this level first", 'p');
        if (key == 'q') {
            return false;
        }
        if (key == 'p' && new GamePlayer(console, new Interpreter(LevelParser.parse(level))).play()) {
            app.progress().recordLevelWon(level.id());
        }
        return true;
    }

    /**
     * Prints prose a screenful at a time on a terminal, so nothing scrolls away unread; false when the learner
     * stopped.
     */
    private boolean page(List<String> lines) {
        int screen = console.terminal().map(t -> t.getHeight() - 2).filter(h -> h >= 8).orElse(Integer.MAX_VALUE);
        int shown = 0;
        for (String line : lines) {
            if (shown == screen) {
                if (!waitForEnter("Press Enter for more")) {
                    return false;
                }
                shown = 0;
            }
            out.println(line);
            shown++;
        }
        out.println();
        out.flush();
        return true;
    }

    /**
     * Before a demo whose lesson asks for a prediction, and only of a person: which of its graded outcomes the
     * learner expects the trials to show.
     */
    private Prediction predict(DemoSpec demo) {
        Optional<String> ask = demo.outcomes().flatMap(Outcomes::predict);
        if (ask.isEmpty() || !console.personAtKeyboard()) {
            return new Prediction(false, Optional.empty());
        }
        List<String> choices = demo.outcomes().get().rules().stream().map(Outcomes.Rule::condition).toList();
        Question.Choice question = new Question.Choice(ask.get(), choices, Set.of(), true, "");
        out.println(style.bold("Predict first") + style.dim(" (pick every outcome you think can appear)"));
        new ProseFormat(style, console.width()).format(ask.get()).forEach(out::println);
        out.flush();
        Optional<Set<Integer>> picked = answers().choose(question);
        return new Prediction(picked.isEmpty(), picked);
    }

    /** @param stopped the learner left instead of answering; @param picks the outcomes picked, if asked */
    private record Prediction(boolean stopped, Optional<Set<Integer>> picks) {}

    private AnswerSource answers() {
        return console.terminal().<AnswerSource>map(t -> new TerminalAnswers(t, style, console::width)).orElseGet(() -> new LineAnswers(console));
    }

    /** The demos alone, with their titles. */
    int runDemos(Lesson lesson) {
        return withCtrlC(stop -> runDemos(lesson, stop));
    }

    private int runDemos(Lesson lesson, Cancellation stop) {
        header(lesson);
        boolean allRan = true;
        int step = 0;
        for (DemoSpec demo : lesson.demos()) {
            if (stop.isCancelled()) {
                out.println(style.yellow("Stopped."));
                out.flush();
                return ExitCode.INTERRUPTED;
            }
            step++;
            if (options.step()) {
                out.println(style.bold(style.pointer() + " Step " + step + "/" + lesson.demos().size() + ": " + demo.title()));
                if (!waitForEnter("Press Enter to run it")) {
                    return ExitCode.INTERRUPTED;
                }
            }
            DemoResult result = new DemoPresenter(app, options.pace(), options.timeline()).present(lesson, demo, !options.step(),
                    Optional.empty());
            if (result.outcome() == DemoOutcome.INTERRUPTED) {
                return ExitCode.INTERRUPTED;
            }
            allRan &= result.completed();
        }
        if (allRan) {
            app.progress().recordDemoSeen(lesson.id());
        }
        return allRan ? ExitCode.OK : ExitCode.FAILED;
    }

    /** The quiz alone; its score is saved even when the learner stops early. */
    QuizResult quiz(Lesson lesson) {
        out.println(style.bold("Quiz: " + lesson.title()) + style.dim(" (" + lesson.quiz().size() + " questions)"));
        QuizResult result = new QuizSession(out, style, console.width(), answers()).run(lesson.quiz());
        if (result.answered() > 0) {
            app.progress().recordQuiz(lesson.id(), result.correct(), result.total());
        }
        if (app.progress().of(lesson.id()).completed()) {
            out.println(style.green(style.check() + " Lesson " + lesson.id() + " completed."));
        } else if (result.finished()) {
            String advice = "Lesson " + lesson.id() + " is completed once its demos are seen and 60% of the quiz is right."
                    + " Try again with: concur quiz " + lesson.id();
            TextWrap.wrap(advice, Math.min(console.width(), ProseFormat.MAX_WIDTH) - 2).forEach(out::println);
        }
        exercisesHint(lesson);
        nextHint(lesson);
        out.flush();
        return result;
    }

    /** The lesson's exercises: what to do next is write code. */
    private void exercisesHint(Lesson lesson) {
        List<Exercise> exercises;
        try {
            exercises = app.exercises().of(lesson);
        } catch (ContentException e) {
            return; // broken exercise content is for concur check to report, not the end of a lesson
        }
        for (Exercise exercise : exercises) {
            boolean solved = app.progress().exercise(exercise.id()).solved();
            out.println(style.dim("Exercise: concur exercise " + exercise.id() + "   (" + exercise.title() + ")"
                    + (solved ? ", solved" : "")));
        }
    }

    private void nextHint(Lesson lesson) {
        var lessons = app.catalog().lessons();
        if (lesson.number() < lessons.size()) {
            Lesson next = lessons.get(lesson.number());
            out.println(style.dim("Next: concur learn " + next.id() + "   (" + next.title() + ")"));
        } else {
            out.println(style.dim("That was the last lesson. 'concur progress' shows how you did."));
        }
    }

    private void header(Lesson lesson) {
        int total = app.catalog().lessons().size();
        out.println(style.bold(style.cyan("Lesson " + lesson.number() + "/" + total + ": " + lesson.title())));
        TextWrap.wrap(lesson.summary(), Math.min(console.width(), ProseFormat.MAX_WIDTH) - 2).forEach(line -> out.println(style.dim(line)));
        out.println();
        out.flush();
    }

    private int stopped(Lesson lesson) {
        out.println(style.yellow("Lesson stopped.") + " Pick it up again with: concur learn " + lesson.id());
        out.flush();
        return ExitCode.INTERRUPTED;
    }

    /** On a terminal, waits for Enter (false on Ctrl-C, Ctrl-D or q); without one, goes straight on. */
    private boolean waitForEnter(String what) {
        return pause(what, NO_KEY) == '\n';
    }

    private static final char NO_KEY = 0;

    /**
     * Waits for Enter, for {@code extra} (when not {@link #NO_KEY}) or for q; returns '\n', {@code extra} or 'q'
     * (also for Ctrl-C, Ctrl-D and the end of input). With nobody at the keyboard it goes straight on: '\n'.
     */
    private char pause(String what, char extra) {
        Optional<Terminal> terminal = console.terminal();
        if (terminal.isEmpty()) {
            if (!console.personAtKeyboard()) {
                return '\n';
            }
            out.print(what + " (q to stop) ");
            out.flush();
            String line = console.readLine();
            if (line == null || line.strip().equalsIgnoreCase("q")) {
                return 'q';
            }
            return extra != NO_KEY && line.strip().equalsIgnoreCase(String.valueOf(extra)) ? extra : '\n';
        }
        out.print(style.dim(what + " (q to stop) "));
        out.flush();
        Terminal t = terminal.get();
        Attributes saved = t.enterRawMode();
        Attributes raw = t.getAttributes();
        raw.setLocalFlag(Attributes.LocalFlag.ISIG, false);
        t.setAttributes(raw);
        try {
            BindingReader keys = new BindingReader(t.reader());
            while (true) {
                int c = keys.readCharacter();
                if (c == '\r' || c == '\n' || extra != NO_KEY && Character.toLowerCase(c) == extra) {
                    out.print("\r\033[2K");
                    out.flush();
                    return c == '\r' || c == '\n' ? '\n' : extra;
                }
                if (c == -1 || c == 3 || c == 4 || c == 'q' || c == 'Q') {
                    out.println();
                    return 'q';
                }
            }
        } finally {
            t.setAttributes(saved);
        }
    }
}
