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
import concur.runner.Pace;
import concur.progress.LessonProgress;
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
        List<Prose.Part> parts = lesson.prose().parts();
        header(lesson);
        int from = resumeFrom(lesson, parts);
        if (from < 0) {
            return stopped(lesson, from == INTERRUPTED_PLACE);
        }
        ProseFormat prose = new ProseFormat(style, console.width());
        DemoPresenter presenter = new DemoPresenter(app, options.pace(), options.timeline());
        // demos before the place resumed from were run at the earlier sitting, which could only go on past them
        boolean allDemosRan = true;
        for (int i = from; i < parts.size(); i++) {
            if (stop.isCancelled()) {
                return stopped(lesson, true); // Ctrl-C while prose was printing, between two pauses
            }
            rememberPlace(lesson, i);
            switch (parts.get(i)) {
                case Prose.Text text -> {
                    if (options.prose()) {
                        char key = page(prose.format(text.markdown()));
                        if (key != ENTER) {
                            return stopped(lesson, key == INTERRUPT);
                        }
                    }
                }
                case Prose.PlayLevel play -> {
                    char key = offerLevel(lesson, play.levelId());
                    if (key != ENTER) {
                        return stopped(lesson, key == INTERRUPT);
                    }
                }
                case Prose.RunDemo run -> {
                    DemoSpec demo = lesson.demo(run.demoId()).orElseThrow();
                    DemoRun ran = watch(lesson, demo, presenter, stop);
                    if (ran.left() != ENTER) {
                        return stopped(lesson, ran.left() == INTERRUPT);
                    }
                    allDemosRan &= ran.completed();
                }
            }
        }
        rememberPlace(lesson, parts.size());
        out.flush();
        if (allDemosRan) {
            app.progress().recordDemoSeen(lesson.id());
        }
        char key = pause("Press Enter for the quiz", "");
        if (key != ENTER) {
            return stopped(lesson, key == INTERRUPT);
        }
        int quiz = quiz(lesson);
        if (quiz != ExitCode.OK) {
            return quiz;
        }
        return allDemosRan ? ExitCode.OK : ExitCode.FAILED;
    }

    private static final int INTERRUPTED_PLACE = -2;

    /**
     * Where to begin: a lesson left off earlier goes on from that part, unless the learner asks to start over.
     * Returns the part's index, -1 when the learner left at the question, {@link #INTERRUPTED_PLACE} on Ctrl-C.
     */
    private int resumeFrom(Lesson lesson, List<Prose.Part> parts) {
        Integer place = console.personAtKeyboard() ? app.progress().places().get(lesson.id()) : null;
        if (place == null || place <= 0 || place > parts.size()) {
            return 0;
        }
        String where = place == parts.size() ? "its quiz" : describe(lesson, parts.get(place));
        TextWrap.wrap("You left this lesson at " + where + " (part " + (place + 1) + " of " + (parts.size() + 1) + ").",
                proseWidth()).forEach(this::println);
        char key = pause("Press Enter to go on from there, s to start over", "s");
        if (key == QUIT || key == INTERRUPT) {
            return key == INTERRUPT ? INTERRUPTED_PLACE : -1;
        }
        return key == 's' ? 0 : place;
    }

    /** A part of the prose as the learner would recognise it: its first heading, its demo or its level. */
    private static String describe(Lesson lesson, Prose.Part part) {
        return switch (part) {
            case Prose.Text text -> text.markdown().lines().filter(l -> l.startsWith("#")).findFirst()
                    .map(l -> "\"" + l.replaceFirst("^#+\\s*", "").strip() + "\"")
                    .orElse("the text after a demo");
            case Prose.RunDemo run -> "the demo \"" + lesson.demo(run.demoId()).map(DemoSpec::title).orElse(run.demoId()) + "\"";
            case Prose.PlayLevel play -> "the level \"" + lesson.level(play.levelId()).map(LevelSpec::title).orElse(play.levelId()) + "\"";
        };
    }

    /** Kept only for a person: a lesson played through a pipe is a script, and resumes nothing. */
    private void rememberPlace(Lesson lesson, int part) {
        if (console.personAtKeyboard()) {
            app.progress().recordPlace(lesson.id(), part);
        }
    }

    /** How a demo's turn in the lesson ended: the key the learner left with, and whether a run of it completed. */
    private record DemoRun(char left, boolean completed) {}

    /**
     * A demo where the prose runs it: the prediction (or a pause) first, so the prose is read before its output
     * scrolls it up; then r runs it again, and s in slow motion, until Enter goes on.
     */
    private DemoRun watch(Lesson lesson, DemoSpec demo, DemoPresenter presenter, Cancellation stop) {
        Prediction prediction = predict(demo);
        if (stop.isCancelled()) {
            return new DemoRun(INTERRUPT, false);
        }
        if (prediction.stopped()) {
            return new DemoRun(prediction.interrupted() ? INTERRUPT : QUIT, false);
        }
        boolean slowOffered = !options.pace().paused() && console.personAtKeyboard();
        if (slowOffered && !toldSlowMotion) {
            toldSlowMotion = true;
            TextWrap.wrap("Tip: s runs a demo in slow motion, each thread pausing after every line it prints;"
                    + " '" + app.command("learn " + lesson.id() + " --pace slow") + "' runs every demo of the lesson that way.", proseWidth())
                    .forEach(line -> println(style.dim(line)));
        }
        Pace pace = options.pace();
        if (prediction.picks().isEmpty()) {
            char key = pause("Press Enter to run the demo" + (slowOffered ? ", s to run it in slow motion" : ""),
                    slowOffered ? "s" : "");
            if (key == QUIT || key == INTERRUPT) {
                return new DemoRun(key, false);
            }
            pace = key == 's' ? Pace.SLOW : pace;
        }
        boolean completed = false;
        while (true) {
            DemoResult result = presenter.present(lesson, demo, true, prediction.picks(), pace);
            if (result.outcome() == DemoOutcome.INTERRUPTED) {
                return new DemoRun(INTERRUPT, completed);
            }
            completed |= result.completed();
            if (slowOffered && !pace.paused() && result.lines().size() > screenRows()) {
                TextWrap.wrap("The demo printed " + result.lines().size() + " lines in " + String.format(java.util.Locale.ROOT,
                        "%.2f s", result.elapsed().toNanos() / 1e9) + ", more than the screen holds: s runs it again in slow"
                        + " motion, to watch it happen.", proseWidth()).forEach(line -> println(style.dim(line)));
            }
            char key = pause("Press Enter to go on, r to run it again" + (slowOffered ? ", s to run it slowly" : ""),
                    slowOffered ? "rs" : "r");
            if (key != 'r' && key != 's') {
                return new DemoRun(key, completed);
            }
            pace = key == 's' ? Pace.SLOW : options.pace(); // r: at the lesson's own pace again
        }
    }

    private boolean toldSlowMotion;

    /**
     * Offers a level of the scheduler game where the prose says {@code @play}: Enter goes on, p plays it first (its
     * Java is parsed only then). Returns the key the learner went on or left with.
     */
    private char offerLevel(Lesson lesson, String levelId) {
        java.util.Optional<LevelSpec> found = lesson.level(levelId);
        if (found.isEmpty()) {
            // a broken level file: said on stderr, and the lesson goes on without it
            lesson.levelErrors().forEach(e -> console.err().println("concur: " + e));
            console.err().flush();
            return ENTER;
        }
        LevelSpec level = found.get();
        List<String> lines = new java.util.ArrayList<>();
        lines.add(style.bold("Be the scheduler: " + level.title()));
        lines.addAll(TextWrap.wrap(level.goal() + "  (" + app.command("play " + level.id()) + ")", console.width()));
        roomFor(lines.size() + 1);
        lines.forEach(this::println);
        char key = pause("Press Enter to go on, p to play this level first", "p");
        if (key == QUIT || key == INTERRUPT) {
            return key;
        }
        if (key == 'p' && new GamePlayer(console, new Interpreter(LevelParser.parse(level))).play()) {
            app.progress().recordLevelWon(level.id());
        }
        return ENTER;
    }

    /** Lines printed since the learner last pressed a key: what is on the screen below the last prompt. */
    private int shownSinceKey;

    /** How many lines may be printed between two keys: the terminal's height less the prompt's line and a spare. */
    private int screenRows() {
        return console.terminal().map(t -> t.getHeight() - 2).filter(h -> h >= 8).orElse(Integer.MAX_VALUE);
    }

    private void println(String line) {
        out.println(line);
        shownSinceKey++;
    }

    /** Pauses first when {@code lines} more would push what the learner has not read off the top of the screen. */
    private char roomFor(int lines) {
        if (shownSinceKey > 0 && (long) shownSinceKey + lines > screenRows()) {
            return pause("Press Enter for more", "");
        }
        return ENTER;
    }

    /**
     * Prints prose a screenful at a time on a terminal, counting what is already on the screen (the lesson's title
     * above its first text), so nothing scrolls away unread; a pipe gets it all. Returns ENTER, or the key the learner
     * left with.
     */
    private char page(List<String> lines) {
        int screen = screenRows();
        for (String line : lines) {
            if (shownSinceKey >= screen) {
                char key = pause("Press Enter for more", "");
                if (key != ENTER) {
                    return key;
                }
            }
            println(line);
        }
        println("");
        out.flush();
        return ENTER;
    }

    /**
     * Before a demo whose lesson asks for a prediction, and only of a person: which of its graded outcomes the
     * learner expects the trials to show.
     */
    private Prediction predict(DemoSpec demo) {
        Optional<String> ask = demo.outcomes().flatMap(Outcomes::predict);
        if (ask.isEmpty() || !console.personAtKeyboard()) {
            return new Prediction(false, false, Optional.empty());
        }
        List<String> choices = demo.outcomes().get().rules().stream().map(Outcomes.Rule::condition).toList();
        Question.Choice question = new Question.Choice(ask.get(), choices, Set.of(), true, "");
        List<String> asked = new ProseFormat(style, console.width()).format(ask.get());
        int choiceLines = choices.stream().mapToInt(c -> TextWrap.wrap(c, Math.max(10, console.width() - 10)).size()).sum();
        char key = roomFor(1 + asked.size() + choiceLines + 2);
        if (key != ENTER) {
            return new Prediction(true, key == INTERRUPT, Optional.empty());
        }
        TextWrap.fit(style.bold("Predict first") + style.dim(" (pick every outcome you think can appear)"), console.width() - 1)
                .forEach(this::println);
        asked.forEach(this::println);
        out.flush();
        AnswerSource answers = answers();
        Optional<Set<Integer>> picked = answers.choose(question);
        shownSinceKey = 0;
        return new Prediction(picked.isEmpty(), answers.interrupted(), picked);
    }

    /**
     * @param stopped     the learner left instead of answering
     * @param interrupted with Ctrl-C
     * @param picks       the outcomes picked, if asked
     */
    private record Prediction(boolean stopped, boolean interrupted, Optional<Set<Integer>> picks) {}

    private AnswerSource answers() {
        return console.terminal().<AnswerSource>map(t -> new TerminalAnswers(t, style, console::width)).orElseGet(() -> new LineAnswers(console));
    }

    private int proseWidth() {
        return Math.min(console.width(), ProseFormat.MAX_WIDTH) - 2;
    }

    /** The demos alone, with their titles. */
    int runDemos(Lesson lesson) {
        return withCtrlC(stop -> runDemos(lesson, stop));
    }

    private int runDemos(Lesson lesson, Cancellation stop) {
        header(lesson);
        boolean allRan = true;
        int step = 0;
        DemoPresenter presenter = new DemoPresenter(app, options.pace(), options.timeline());
        for (DemoSpec demo : lesson.demos()) {
            if (stop.isCancelled()) {
                out.println(style.yellow("Stopped."));
                out.flush();
                return ExitCode.INTERRUPTED;
            }
            step++;
            if (options.step()) {
                out.println(style.bold(style.pointer() + " Step " + step + "/" + lesson.demos().size() + ": " + demo.title()));
                char key = pause("Press Enter to run it", "");
                if (key != ENTER) {
                    return key == INTERRUPT ? ExitCode.INTERRUPTED : ExitCode.OK;
                }
            }
            DemoResult result = presenter.present(lesson, demo, !options.step(),
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

    /**
     * The quiz alone; its score is saved even when the learner stops early, and a better score made before is kept
     * (and said to be). Returns OK, or INTERRUPTED when the learner stopped it with Ctrl-C.
     */
    int quiz(Lesson lesson) {
        out.println(style.bold("Quiz: " + lesson.title()) + style.dim(" (" + lesson.quiz().size() + " questions)"));
        AnswerSource answers = answers();
        QuizResult result = new QuizSession(out, style, console.width(), answers).run(lesson.quiz());
        shownSinceKey = 0;
        if (result.answered() > 0) {
            app.progress().recordQuiz(lesson.id(), result.correct(), result.total());
        }
        LessonProgress best = app.progress().of(lesson.id());
        if (best.quizTaken() && (best.bestScore() > result.correct() || !result.finished())) {
            out.println(style.dim("Your best score, " + best.bestScore() + "/" + best.questions() + ", is kept."));
        }
        if (result.finished() && app.progress().places().getOrDefault(lesson.id(), -1) >= lesson.prose().parts().size()) {
            app.progress().recordPlace(lesson.id(), null); // the lesson is over: learn starts it afresh
        }
        if (best.completed()) {
            out.println(style.green(style.check() + " Lesson " + lesson.id() + " completed."));
        } else if (result.finished()) {
            String advice = "Lesson " + lesson.id() + " is completed once its demos are seen and 60% of the quiz is right."
                    + " Try again with: " + app.command("quiz " + lesson.id());
            TextWrap.wrap(advice, proseWidth()).forEach(out::println);
        }
        exercisesHint(lesson);
        nextHint(lesson);
        out.flush();
        return answers.interrupted() ? ExitCode.INTERRUPTED : ExitCode.OK;
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
            out.println(style.dim("Exercise: " + app.command("exercise " + exercise.id()) + "   (" + exercise.title() + ")"
                    + (solved ? ", solved" : "")));
        }
    }

    private void nextHint(Lesson lesson) {
        var lessons = app.catalog().lessons();
        if (lesson.number() < lessons.size()) {
            Lesson next = lessons.get(lesson.number());
            out.println(style.dim("Next: " + app.command("learn " + next.id()) + "   (" + next.title() + ")"));
        } else {
            out.println(style.dim("That was the last lesson. '" + app.command("progress") + "' shows how you did."));
        }
    }

    private void header(Lesson lesson) {
        int total = app.catalog().lessons().size();
        println(style.bold(style.cyan("Lesson " + lesson.number() + "/" + total + ": " + lesson.title())));
        TextWrap.wrap(lesson.summary(), proseWidth()).forEach(line -> println(style.dim(line)));
        println("");
        out.flush();
    }

    /** q leaves the lesson, exit 0; Ctrl-C stops it, 130, as it would any program. Either way the place is kept. */
    private int stopped(Lesson lesson, boolean interrupted) {
        String again = "Pick it up again with: " + app.command("learn " + lesson.id())
                + (console.personAtKeyboard() ? " (it goes on where you left it)" : "");
        List<String> lines = TextWrap.wrap("Lesson stopped. " + again, console.width() - 1);
        out.println(style.yellow("Lesson stopped.") + lines.get(0).substring("Lesson stopped.".length()));
        lines.subList(1, lines.size()).forEach(out::println);
        out.flush();
        return interrupted ? ExitCode.INTERRUPTED : ExitCode.OK;
    }

    /** Enter, as {@link #pause} returns it. */
    private static final char ENTER = '\n';
    /** q, Ctrl-D or the end of input: the learner leaves. */
    private static final char QUIT = 'q';
    /** Ctrl-C: the learner stops the program. */
    private static final char INTERRUPT = 3;

    /**
     * Waits for Enter, for one of {@code extras} or for q; returns {@link #ENTER}, the extra key, {@link #QUIT} (also
     * for Ctrl-D and the end of input) or {@link #INTERRUPT} (Ctrl-C). With nobody at the keyboard it goes straight
     * on: ENTER.
     */
    private char pause(String what, String extras) {
        Optional<Terminal> terminal = console.terminal();
        if (terminal.isEmpty()) {
            if (!console.personAtKeyboard()) {
                return ENTER;
            }
            out.print(what + " (q to stop) ");
            out.flush();
            String line = console.readLine();
            shownSinceKey = 0;
            if (line == null || line.strip().equalsIgnoreCase("q")) {
                return QUIT;
            }
            String typed = line.strip().toLowerCase(java.util.Locale.ROOT);
            return typed.length() == 1 && extras.indexOf(typed.charAt(0)) >= 0 ? typed.charAt(0) : ENTER;
        }
        // a prompt wider than the terminal goes on at a word on the next line; all its lines are cleared after
        List<String> prompt = TextWrap.fit(style.dim(what + " (q to stop)"), console.width() - 1);
        prompt.subList(0, prompt.size() - 1).forEach(this::println);
        out.print(prompt.get(prompt.size() - 1) + " ");
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
                int lower = Character.toLowerCase(c);
                if (c == '\r' || c == '\n' || c > 0 && extras.indexOf(lower) >= 0) {
                    out.print("\r\033[2K" + "\033[1A\033[2K".repeat(prompt.size() - 1));
                    out.flush();
                    shownSinceKey = 0;
                    return c == '\r' || c == '\n' ? ENTER : (char) lower;
                }
                if (c == -1 || c == 3 || c == 4 || lower == 'q') {
                    out.println();
                    return c == 3 ? INTERRUPT : QUIT;
                }
            }
        } finally {
            t.setAttributes(saved);
        }
    }
}
